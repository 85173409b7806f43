import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { Actor } from "@/lib/actor";
import { authOptions } from "@/lib/auth/options";
import { requestOrigin } from "@/lib/request-origin";
import { findUserById } from "@/lib/users/service";

/** The signed-in user, read from the database once per request; null when signed out. */
export const getCurrentUser = cache(async () => {
  const session = await getServerSession(authOptions);
  const id = (session?.user as { id?: string } | undefined)?.id;
  return id ? findUserById(id) : null;
});

/** The path of the current request (set by proxy.ts), to come back to after login. */
export async function currentPath(): Promise<string> {
  return (await headers()).get("x-atelier-path") ?? "/orgs";
}

export function loginUrl(callbackPath: string): string {
  return `/login?callbackUrl=${encodeURIComponent(callbackPath)}`;
}

/** The signed-in user, or a redirect to /login that returns here afterwards. */
export async function requireUser() {
  const user = await getCurrentUser();
  if (!user) redirect(loginUrl(await currentPath()));
  return user;
}

/** The actor of a mutation: the signed-in user and where the request came from. */
export async function currentActor(): Promise<Actor | null> {
  const user = await getCurrentUser();
  if (!user) return null;
  return { userId: user.id, email: user.email, ...(await requestOrigin()) };
}
