// Whether lib/generated/prisma matches prisma/schema.prisma. `npm install` generates it;
// a pull that changes the schema afterwards leaves it stale, and the build then fails on
// types the schema has and the client lacks. start.ts and test.ts regenerate it then.
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";

const CLIENT = "lib/generated/prisma/client.ts";
const STAMP = "lib/generated/prisma/schema-hash";

function schemaHash(): string {
  return createHash("sha256").update(readFileSync("prisma/schema.prisma")).digest("hex");
}

export function prismaClientIsCurrent(): boolean {
  return existsSync(CLIENT) && existsSync(STAMP) && readFileSync(STAMP, "utf8") === schemaHash();
}

/** Call after `prisma generate` succeeded. */
export function markPrismaClientCurrent(): void {
  writeFileSync(STAMP, schemaHash());
}
