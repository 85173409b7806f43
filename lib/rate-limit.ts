import "server-only";
import pg from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { ServiceError } from "@/lib/errors";

// Limits shared by every instance: the counters live in PostgreSQL (table "RateLimit",
// created by a migration), never in a process's memory.

let pool: pg.Pool | undefined;

function limiter(keyPrefix: string, points: number, durationSeconds: number) {
  let instance: RateLimiterPostgres | undefined;
  return () => {
    pool ??= new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 });
    instance ??= new RateLimiterPostgres({
      storeClient: pool,
      tableName: "RateLimit",
      tableCreated: true,
      keyPrefix,
      points,
      duration: durationSeconds,
    });
    return instance;
  };
}

/** Failed sign-ins: 10 per account and address in 15 minutes. */
const signInFailures = limiter("sign-in", 10, 15 * 60);
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

/** Counts one invitation e-mail sent by `userId`; refuses (RATE_LIMITED) past the limit. */
export async function consumeInvitationQuota(userId: string): Promise<void> {
  try {
    await invitationsSent().consume(userId);
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) throw new ServiceError("RATE_LIMITED");
    throw rejection;
  }
}
