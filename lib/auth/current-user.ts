import "server-only";
import { cache } from "react";
import { getToken } from "next-auth/jwt";
import { cookies, headers } from "next/headers";
import type { NextRequest } from "next/server";
import { redirect } from "next/navigation";
import type { Actor } from "@/lib/actor";
import { authOptions } from "@/lib/auth/options";
import { requestOrigin } from "@/lib/request-origin";
import { findSessionUser } from "@/lib/sessions/service";

/**
 * The signed-in user, read from the database once per request: the session token must be
 * validly signed and its Session row still open (signing out closes it). Null otherwise.
 */
export const getCurrentUser = cache(async () => {
  const [requestCookies, requestHeaders] = await Promise.all([cookies(), headers()]);
  // getToken reads the cookie jar and headers of any request shape; these are this request's.
  const token = await getToken({ req: { cookies: requestCookies, headers: requestHeaders } as unknown as NextRequest, secret: authOptions.secret });
  return typeof token?.sid === "string" ? findSessionUser(token.sid) : null;
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
