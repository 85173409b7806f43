import { createHash, randomBytes } from "node:crypto";

const PREFIX = "atl_";

/** A new API token: the secret (shown once, never stored), its sha256 and a recognisable prefix. */
export function newApiTokenSecret() {
  const secret = `${PREFIX}${randomBytes(32).toString("base64url")}`;
  return { secret, tokenHash: hashApiTokenSecret(secret), prefix: secret.slice(0, PREFIX.length + 6) };
}

export function hashApiTokenSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

export function looksLikeApiToken(value: string): boolean {
  return value.startsWith(PREFIX) && value.length > PREFIX.length + 20 && value.length < 200;
}
