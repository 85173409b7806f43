import "server-only";
import { createPrismaClient, type AtelierPrismaClient } from "@/lib/prisma-client";

// One client per process. DATABASE_URL is a real PostgreSQL in production, or the
// embedded PGlite socket that `npm start` serves when none is configured.
function createClient(): AtelierPrismaClient {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) {
    throw new Error("DATABASE_URL is not set: start Atelier with `npm start`, which provides a database.");
  }
  return createPrismaClient(connectionString);
}

const globalForPrisma = globalThis as unknown as { atelierPrisma?: AtelierPrismaClient };

export const db: AtelierPrismaClient = globalForPrisma.atelierPrisma ?? createClient();
globalForPrisma.atelierPrisma = db;
