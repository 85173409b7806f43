// `npm run db:check`: the migrations and the schema agree.
//  (a) prisma/schema.prisma has no change that no migration holds: the diff from the
//      newest migration's schema snapshot to it is empty;
//  (b) every migration.sql is exactly what `prisma migrate diff` makes from the previous
//      snapshot (or from nothing) to its own, so that no migration was edited by hand
//      and every snapshot is the schema its migration was made from.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { isEmptyDiff, migrateDiff, migrationFolders, SCHEMA, SNAPSHOT_FILE } from "./migration-diff.ts";

const problems: string[] = [];
const relative = (file: string) => path.relative(process.cwd(), file);

function firstDifference(expected: string, actual: string): string {
  const a = expected.split("\n");
  const b = actual.split("\n");
  const line = a.findIndex((text, index) => text !== b[index]);
  const at = line === -1 ? a.length : line;
  return `first difference at line ${at + 1}:\n      generated: ${JSON.stringify(a[at] ?? "<end of file>")}\n      in file:   ${JSON.stringify(b[at] ?? "<end of file>")}`;
}

/** Runs the tasks two at a time: each is a Prisma CLI process, and CI has two cores. */
async function inPairs<T>(tasks: (() => Promise<T>)[]): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const index = next++;
      results[index] = await tasks[index]();
    }
  };
  await Promise.all([worker(), worker()]);
  return results;
}

const folders = migrationFolders();
if (folders.length === 0) problems.push("prisma/migrations holds no migration.");
for (const folder of folders) {
  for (const file of [folder.sqlFile, folder.snapshotFile]) {
    if (!existsSync(file)) problems.push(`${relative(file)} is missing.`);
  }
}

if (problems.length === 0) {
  const checks = folders.map((folder, index) => async () => {
    const previous = index === 0 ? null : folders[index - 1].snapshotFile;
    const generated = await migrateDiff(previous, folder.snapshotFile);
    const written = readFileSync(folder.sqlFile, "utf8");
    if (generated !== written) {
      problems.push(
        `${relative(folder.sqlFile)} is not the diff from ${previous ? relative(previous) : "an empty database"} to ` +
          `${relative(folder.snapshotFile)}: a migration was edited, or its ${SNAPSHOT_FILE} is not the schema it was made from.\n    ` +
          firstDifference(generated, written),
      );
    } else {
      console.log(`ok  ${folder.name}: migration.sql is the diff to its schema snapshot`);
    }
  });
  const newest = folders[folders.length - 1];
  checks.push(async () => {
    const pending = await migrateDiff(newest.snapshotFile, SCHEMA);
    if (!isEmptyDiff(pending)) {
      problems.push(
        `prisma/schema.prisma differs from the schema of the newest migration (${newest.name}); ` +
          `create a migration with \`npm run db:migration:new <name>\`. The pending change:\n${pending.trimEnd()}`,
      );
    } else {
      console.log(`ok  prisma/schema.prisma: no change beyond ${newest.name}`);
    }
  });
  await inPairs(checks);
}

if (problems.length) {
  for (const problem of problems) console.error(`FAIL ${problem}`);
  process.exit(1);
}
console.log(`Migrations and schema agree (${folders.length} migration${folders.length === 1 ? "" : "s"}).`);
