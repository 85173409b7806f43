import "server-only";
import { headers } from "next/headers";

/** Where the current request comes from, as the audit log records it. */
export async function requestOrigin() {
  const requestHeaders = await headers();
  return {
    ipAddress: requestHeaders.get("x-forwarded-for")?.split(",")[0]?.trim() ?? requestHeaders.get("x-real-ip"),
    userAgent: requestHeaders.get("user-agent"),
  };
}
