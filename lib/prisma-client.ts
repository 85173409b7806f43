import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

// The one way a Prisma client is made, for the app (lib/db.ts), the seed and
// the tests alike: always PostgreSQL by URL through the pg driver adapter.
export function createPrismaClient(connectionString: string, poolSize = 10) {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max: poolSize }) });
}

export type AtelierPrismaClient = ReturnType<typeof createPrismaClient>;
