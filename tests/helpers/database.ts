import type { Actor } from "@/lib/actor";
import { createPrismaClient } from "@/lib/prisma-client";
import { seedDemoData } from "@/prisma/seed";

// Integration tests run against DATABASE_URL, a migrated database of this test run
// (scripts/test.ts creates it). The services under test use their own client (lib/db.ts)
// on the same URL; this one is for arranging and asserting.
const url = process.env.DATABASE_URL;
if (!url) throw new Error("DATABASE_URL is not set: run integration tests through `npm test` or `npm run test:integration`.");

export const testDb = createPrismaClient(url, 4);

/** Puts the database back to the demo data of product.md. */
export async function resetDemoData(): Promise<void> {
  await seedDemoData(testDb);
}

/** The Actor a service receives for a demo account. */
export async function actorFor(email: string): Promise<Actor> {
  const user = await testDb.user.findUniqueOrThrow({ where: { email } });
  return { userId: user.id, email: user.email, ipAddress: "127.0.0.1", userAgent: "vitest" };
}

/** The error a call was refused with; fails the test when the call succeeds. */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to be refused");
}
