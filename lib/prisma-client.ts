import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

// The one way a Prisma client is made, for the app (lib/db.ts), the seed and
// the tests alike: always PostgreSQL by URL through the pg driver adapter.
export function createPrismaClient(connectionString: string, poolSize = 10) {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max: cappedPoolSize(poolSize) }) });
}

/** DATABASE_POOL_SIZE, when set, caps every pool: at 1 on the embedded database (scripts/embedded-database.ts). */
function cappedPoolSize(requested: number): number {
  const cap = Number(process.env.DATABASE_POOL_SIZE);
  return Number.isInteger(cap) && cap > 0 ? Math.min(requested, cap) : requested;
}

export type AtelierPrismaClient = ReturnType<typeof createPrismaClient>;
