import "server-only";
import type { Actor } from "@/lib/actor";
import { apiTokenIdSchema, createApiTokenSchema } from "@/lib/api-tokens/schema";
import { hashApiTokenSecret, looksLikeApiToken, newApiTokenSecret } from "@/lib/api-tokens/secret";
import { recordAuditEvent } from "@/lib/audit/service";
import { db } from "@/lib/db";
import type { Tx } from "@/lib/db-types";
import { NotFoundError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";

// A token acts as its user, through the same services and policy as the pages:
// it grants nothing the user could not do in the console, and loses what they lose.

const DAY = 86_400_000;
// Writing lastUsedAt on every call would turn each API read into a write.
const LAST_USED_PRECISION = 60_000;

/** Token events belong to the user, so they are kept in the user's Personal space log. */
async function personalSpaceOf(tx: Tx, userId: string) {
  return tx.organisation.findUniqueOrThrow({ where: { personalOwnerId: userId }, select: { id: true, slug: true } });
}

export function listApiTokens(userId: string) {
  return db.apiToken.findMany({
    where: { userId, revokedAt: null },
    select: { id: true, name: true, prefix: true, expiresAt: true, lastUsedAt: true, createdAt: true },
    orderBy: { createdAt: "desc" },
  });
}

/** Creates a token and returns its secret: the only time anyone sees it. */
export async function createApiToken(actor: Actor, input: unknown) {
  const { name, expiresInDays } = parseInput(createApiTokenSchema, input);
  const { secret, tokenHash, prefix } = newApiTokenSecret();
  await db.$transaction(async (tx) => {
    const token = await tx.apiToken.create({
      data: { userId: actor.userId, name, tokenHash, prefix, expiresAt: new Date(Date.now() + expiresInDays * DAY) },
    });
    await recordAuditEvent(tx, actor, await personalSpaceOf(tx, actor.userId), "api-token.created", {
      type: "api-token",
      id: token.id,
      label: name,
    }, { expiresInDays });
  });
  return { secret };
}

export async function revokeApiToken(actor: Actor, input: unknown) {
  const { tokenId } = parseInput(apiTokenIdSchema, input);
  await db.$transaction(async (tx) => {
    const token = await tx.apiToken.findFirst({ where: { id: tokenId, userId: actor.userId, revokedAt: null } });
    if (!token) throw new NotFoundError();
    await tx.apiToken.update({ where: { id: token.id }, data: { revokedAt: new Date() } });
    await recordAuditEvent(tx, actor, await personalSpaceOf(tx, actor.userId), "api-token.revoked", {
      type: "api-token",
      id: token.id,
      label: token.name,
    });
  });
}

/** The actor a bearer secret stands for, or null when it is unknown, revoked or expired. */
export async function authenticateApiToken(
  secret: string,
  origin: { ipAddress?: string | null; userAgent?: string | null },
): Promise<Actor | null> {
  if (!looksLikeApiToken(secret)) return null;
  const token = await db.apiToken.findUnique({
    where: { tokenHash: hashApiTokenSecret(secret) },
    select: { id: true, revokedAt: true, expiresAt: true, lastUsedAt: true, user: { select: { id: true, email: true } } },
  });
  const now = Date.now();
  if (!token || token.revokedAt || token.expiresAt.getTime() <= now) return null;
  if (!token.lastUsedAt || now - token.lastUsedAt.getTime() > LAST_USED_PRECISION) {
    await db.apiToken.update({ where: { id: token.id }, data: { lastUsedAt: new Date(now) } });
  }
  return { userId: token.user.id, email: token.user.email, ...origin };
}
