import "server-only";
import { db } from "@/lib/db";

/** True when the database answers a trivial query within the timeout. */
export async function databaseIsUp(timeoutMs = 2000): Promise<boolean> {
  const timeout = new Promise<false>((resolve) => setTimeout(() => resolve(false), timeoutMs));
  const probe = db.$queryRaw`SELECT 1`.then(() => true as const).catch(() => false as const);
  return Promise.race([probe, timeout]);
}
