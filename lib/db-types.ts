import type { AtelierPrismaClient } from "@/lib/prisma-client";

/** A Prisma client or the transaction client handed to `$transaction(async (tx) => …)`. */
export type Tx = Parameters<Parameters<AtelierPrismaClient["$transaction"]>[0]>[0];
