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

/**
 * Failed password sign-ins, counted twice: 10 per account in 15 minutes, from wherever
 * they come (guessing one password from many addresses gains nothing; the owner can still
 * sign in by e-mailed link), and 100 per client address (one address trying many accounts).
 */
const signInFailuresByAccount = limiter("sign-in", 10, 15 * 60);
const signInFailuresByAddress = limiter("sign-in-address", 100, 15 * 60);
/** Sign-in links e-mailed to one address: 5 in 15 minutes. */
const signInLinksSent = limiter("sign-in-links", 5, 15 * 60);
/** Invitations sent (or resent) by one person: 50 an hour. */
const invitationsSent = limiter("invitations", 50, 60 * 60);

export type SignInAttempt = { email: string; ipAddress?: string | null };

async function underLimit(limit: () => RateLimiterPrisma, key: string): Promise<boolean> {
  const used = await limit().get(key);
  return !used || used.consumedPoints < limit().points;
}

/** Whether a password sign-in may be tried (failures so far under both limits). */
export async function signInAllowed(attempt: SignInAttempt): Promise<boolean> {
  if (!(await underLimit(signInFailuresByAccount, attempt.email))) return false;
  return !attempt.ipAddress || underLimit(signInFailuresByAddress, attempt.ipAddress);
}

export async function recordSignInFailure(attempt: SignInAttempt): Promise<void> {
  await signInFailuresByAccount().penalty(attempt.email, 1);
  if (attempt.ipAddress) await signInFailuresByAddress().penalty(attempt.ipAddress, 1);
}

/** The owner proved the password: the account's count starts again (the address's does not). */
export async function clearSignInFailures(attempt: SignInAttempt): Promise<void> {
  await signInFailuresByAccount().delete(attempt.email);
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
