import "server-only";
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { db } from "@/lib/db";
import { ServiceError } from "@/lib/errors";

// Limits shared by every instance: the counters live in the database (table "RateLimit",
// created by a migration), never in a process's memory. They go through the application's
// Prisma client rather than a pool of their own: the embedded database serves every
// connection in one session, where a second client's named prepared statements collide.

function limiter(keyPrefix: string, points: number, durationSeconds: number) {
  let instance: RateLimiterPrisma | undefined;
  return () => {
    instance ??= new RateLimiterPrisma({
      storeClient: db,
      tableName: "rateLimit",
      keyPrefix,
      points,
      duration: durationSeconds,
    });
    return instance;
  };
}

/** Failed sign-ins: 10 per account and address in 15 minutes. */
const signInFailures = limiter("sign-in", 10, 15 * 60);
/** Sign-in links e-mailed to one address: 5 in 15 minutes. */
const signInLinksSent = limiter("sign-in-links", 5, 15 * 60);
/** Invitations sent (or resent) by one person: 50 an hour. */
const invitationsSent = limiter("invitations", 50, 60 * 60);

/** Whether sign-in attempts for `key` are still allowed (failures so far under the limit). */
export async function signInAllowed(key: string): Promise<boolean> {
  const used = await signInFailures().get(key);
  return !used || used.consumedPoints < signInFailures().points;
}

export async function recordSignInFailure(key: string): Promise<void> {
  await signInFailures().penalty(key, 1);
}

export async function clearSignInFailures(key: string): Promise<void> {
  await signInFailures().delete(key);
}

async function consumeOrRefuse(limit: () => RateLimiterPrisma, key: string): Promise<void> {
  try {
    await limit().consume(key);
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) throw new ServiceError("RATE_LIMITED");
    throw rejection;
  }
}

/** Counts one invitation e-mail sent by `userId`; refuses (RATE_LIMITED) past the limit. */
export function consumeInvitationQuota(userId: string): Promise<void> {
  return consumeOrRefuse(invitationsSent, userId);
}

/** Counts one sign-in link e-mailed to `email`; refuses (RATE_LIMITED) past the limit. */
export function consumeSignInLinkQuota(email: string): Promise<void> {
  return consumeOrRefuse(signInLinksSent, email);
}
