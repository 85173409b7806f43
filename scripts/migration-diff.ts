// What `prisma migrate diff` says between two Prisma schemas, offline (no database):
// the SQL that takes a database from one schema to the other. Migrations are authored
// and checked with it; each migration folder keeps the schema it was made from
// (schema.prisma beside migration.sql) so that the next diff starts from it.
import { spawn } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { MIGRATIONS_DIR } from "./migrate.ts";

export const SCHEMA = path.resolve("prisma/schema.prisma");
export const SNAPSHOT_FILE = "schema.prisma";

export type MigrationFolder = { name: string; directory: string; sqlFile: string; snapshotFile: string };

/** The migration folders, oldest first (their names start with a UTC timestamp). */
export function migrationFolders(): MigrationFolder[] {
  if (!existsSync(MIGRATIONS_DIR)) return [];
  return readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const directory = path.join(MIGRATIONS_DIR, name);
      return { name, directory, sqlFile: path.join(directory, "migration.sql"), snapshotFile: path.join(directory, SNAPSHOT_FILE) };
    });
}

/** The SQL script from `from` (a schema file, or nothing) to `to`; an empty diff gives Prisma's "-- This is an empty migration." */
export function migrateDiff(from: string | null, to: string): Promise<string> {
  const args = ["prisma", "migrate", "diff", ...(from ? ["--from-schema-datamodel", from] : ["--from-empty"]), "--to-schema-datamodel", to, "--script"];
  return new Promise((resolve, reject) => {
    const child = spawn("npx", args, { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("exit", (code) => {
      if (code === 0) resolve(stdout);
      else reject(new Error(`npx ${args.join(" ")} failed (code ${code}):\n${stderr}${stdout}`));
    });
  });
}

/** Whether a diff script holds no statement at all. */
export function isEmptyDiff(script: string): boolean {
  return script
    .split("\n")
    .map((line) => line.trim())
    .every((line) => line === "" || line.startsWith("--"));
}
