// `npm run db:migration:new <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql,
// the SQL from the newest migration's schema snapshot to prisma/schema.prisma, and copies
// the schema beside it as that migration's snapshot. Review the SQL before committing it
// (a renamed column shows as a drop and an add), then `npm run db:migrate` applies it.
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { MIGRATIONS_DIR } from "./migrate.ts";
import { isEmptyDiff, migrateDiff, migrationFolders, SCHEMA, SNAPSHOT_FILE } from "./migration-diff.ts";

const name = (process.argv[2] ?? "")
  .toLowerCase()
  .replace(/[^a-z0-9]+/g, "_")
  .replace(/^_+|_+$/g, "");
if (!name) {
  console.error("usage: npm run db:migration:new <name>   (e.g. add_api_tokens)");
  process.exit(2);
}

const folders = migrationFolders();
const newest = folders.at(-1);
const script = await migrateDiff(newest ? newest.snapshotFile : null, SCHEMA);
if (isEmptyDiff(script)) {
  console.log(`prisma/schema.prisma has no change since ${newest?.name ?? "an empty database"}: no migration to write.`);
  process.exit(0);
}

// UTC timestamp, and always after the newest migration so that the order holds.
const stamp = (date: Date) => date.toISOString().replace(/\D/g, "").slice(0, 14);
let timestamp = stamp(new Date());
const newestTimestamp = newest?.name.slice(0, 14);
if (newestTimestamp && timestamp <= newestTimestamp) {
  const after = new Date(Date.UTC(+newestTimestamp.slice(0, 4), +newestTimestamp.slice(4, 6) - 1, +newestTimestamp.slice(6, 8),
    +newestTimestamp.slice(8, 10), +newestTimestamp.slice(10, 12), +newestTimestamp.slice(12, 14) + 1));
  timestamp = stamp(after);
}

const directory = path.join(MIGRATIONS_DIR, `${timestamp}_${name}`);
mkdirSync(directory, { recursive: true });
writeFileSync(path.join(directory, "migration.sql"), script);
copyFileSync(SCHEMA, path.join(directory, SNAPSHOT_FILE));
console.log(`Wrote ${path.relative(process.cwd(), directory)}/migration.sql and its ${SNAPSHOT_FILE}:\n\n${script}`);
