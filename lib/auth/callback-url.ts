/** A callback URL is followed only if it is a path of this site (no open redirect). */
export function safeCallbackPath(value: unknown, fallback = "/orgs"): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  return value;
}
