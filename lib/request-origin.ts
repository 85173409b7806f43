import "server-only";
import { headers } from "next/headers";
import { CLIENT_ADDRESS_HEADER } from "@/lib/client-address";

/**
 * Where the current request comes from, as the audit log records it: the address
 * scripts/serve.ts vouches for (never X-Forwarded-For as a client wrote it), else unknown.
 */
export async function requestOrigin() {
  const requestHeaders = await headers();
  return {
    ipAddress: requestHeaders.get(CLIENT_ADDRESS_HEADER),
    userAgent: requestHeaders.get("user-agent"),
  };
}

/** The public URL of this instance, for links in e-mails: NEXTAUTH_URL, else the request's host. */
export async function publicBaseUrl(): Promise<string> {
  if (process.env.NEXTAUTH_URL) return process.env.NEXTAUTH_URL;
  const requestHeaders = await headers();
  const protocol = requestHeaders.get("x-forwarded-proto") ?? "http";
  return `${protocol}://${requestHeaders.get("host") ?? "localhost:3000"}`;
}
