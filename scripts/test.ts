// `npm test [unit|integration|e2e]`: every suite (or one) against a database of its own.
// Arguments after a suite go to its runner: `npm run test:e2e -- --grep invitation`,
// `npm run test:integration -- tests/integration/members.test.ts`.
// A full run also checks that migrations and schema agree. The last line is the
// total, `atelier: N passed, N failed`; the exit code is non-zero when anything
// failed or when no test ran at all.
import { spawn, type ChildProcess } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { databaseEnv, freePort } from "./embedded-database.ts";
import { markPrismaClientCurrent, prismaClientIsCurrent } from "./generated-client.ts";
import { applyMigrations } from "./migrate.ts";
import { provideTestDatabase, type TestDatabase } from "./test-database.ts";

const SUITES = ["unit", "integration", "e2e"] as const;
type Suite = (typeof SUITES)[number];
type Result = { name: string; passed: number; failed: number; skipped: number; flaky: number; seconds: number; note?: string };

// The test build lives beside a developer's .next, which it never touches.
const TEST_DIST_DIR = ".next-test";
// Changes to these never change what `next build` produces.
const NOT_BUILD_INPUTS = [/^tests\//, /^e2e\//, /^scripts\//, /^\.ci\//, /^prisma\/migrations\//, /\.md$/, /^playwright\.config\.ts$/, /^vitest\.config\.ts$/];

const [requested, ...forwarded] = process.argv.slice(2);
if (requested !== undefined && !(SUITES as readonly string[]).includes(requested)) {
  console.error(`usage: tsx scripts/test.ts [${SUITES.join("|")} [arguments for vitest or playwright…]]`);
  process.exit(2);
}
const suites: readonly Suite[] = requested ? [requested as Suite] : SUITES;
const fullRun = requested === undefined;

const runDirectory = mkdtempSync(path.join(os.tmpdir(), "atelier-test-"));
const outboxDirectory = path.join(runDirectory, "outbox");
mkdirSync(outboxDirectory);
const results: Result[] = [];
let database: TestDatabase | undefined;
let child: ChildProcess | undefined;
let interrupted = false;
let interruptedAt = 0;

// The environment every suite shares: no real e-mail ever leaves a test run.
const baseEnv: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ATELIER_OUTBOX_DIR: outboxDirectory };
delete baseEnv.SMTP_URL;

/** Runs a command to its end without blocking this process (which may be serving the PGlite). */
function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  if (interrupted) return Promise.resolve(130);
  console.log(`\n$ ${command} ${args.join(" ")}`);
  return new Promise((resolve) => {
    // Its own process group, so that a signal reaches the whole tree (npx → runner → web server).
    child = spawn(command, args, { stdio: ["ignore", "inherit", "inherit"], env, detached: true });
    child.on("error", (error) => {
      console.error(`could not run ${command}: ${error.message}`);
      resolve(127);
    });
    child.on("exit", (code, signal) => {
      child = undefined;
      resolve(code ?? (signal ? 128 : 1));
    });
  });
}

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as T;
  } catch {
    return null;
  }
}

/** A suite whose runner failed without reporting a failed test (a crash, a file that does not load) still fails. */
function settle(result: Omit<Result, "seconds">, exitCode: number, started: number): Result {
  const failed = exitCode !== 0 && result.failed === 0 ? 1 : result.failed;
  const note = exitCode !== 0 && result.failed === 0 ? `${result.note ? `${result.note}; ` : ""}exited with code ${exitCode}` : result.note;
  return { ...result, failed, note, seconds: (Date.now() - started) / 1000 };
}

async function checkMigrations(): Promise<Result> {
  const started = Date.now();
  const code = await run("npx", ["tsx", "scripts/check-migrations.ts"], baseEnv);
  return settle({ name: "migrations", passed: code === 0 ? 1 : 0, failed: 0, skipped: 0, flaky: 0 }, code, started);
}

type VitestReport = { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number };

async function runVitest(project: "unit" | "integration", env: NodeJS.ProcessEnv): Promise<Result> {
  const started = Date.now();
  const report = path.join(runDirectory, `${project}.json`);
  const code = await run(
    "npx",
    ["vitest", "run", "--project", project, "--passWithNoTests", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`, ...forwarded],
    env,
  );
  const json = readJson<VitestReport>(report);
  return settle(
    {
      name: project,
      passed: json?.numPassedTests ?? 0,
      failed: json?.numFailedTests ?? 0,
      skipped: (json?.numPendingTests ?? 0) + (json?.numTodoTests ?? 0),
      flaky: 0,
      note: json ? undefined : "no report",
    },
    code,
    started,
  );
}

/** Every file `next build` reads, as git sees them (tracked or new, not ignored), hashed. */
function buildSourceHash(): Promise<string | null> {
  const hash = createHash("sha256");
  return new Promise((resolve) => {
    const git = spawn("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { stdio: ["ignore", "pipe", "ignore"] });
    let listing = "";
    git.stdout.on("data", (chunk) => (listing += chunk));
    git.on("error", () => resolve(null));
    git.on("exit", (code) => {
      if (code !== 0) return resolve(null);
      for (const file of listing.split("\0").filter(Boolean).sort()) {
        if (NOT_BUILD_INPUTS.some((pattern) => pattern.test(file)) || !existsSync(file)) continue;
        hash.update(file).update("\0").update(readFileSync(file));
      }
      resolve(hash.digest("hex"));
    });
  });
}

async function buildForTests(env: NodeJS.ProcessEnv): Promise<number> {
  // A build does not depend on the database, secret or port (all read at run time),
  // so an unchanged checkout reuses the last test build.
  const sources = await buildSourceHash();
  const stamp = path.join(TEST_DIST_DIR, "atelier-source-hash");
  if (sources && existsSync(stamp) && readFileSync(stamp, "utf8") === sources) {
    console.log(`\nThe test build in ${TEST_DIST_DIR} is up to date with the sources.`);
    return 0;
  }
  rmSync(stamp, { force: true });
  const code = await run("npx", ["next", "build"], env);
  if (code === 0 && sources) writeFileSync(stamp, sources);
  return code;
}

type PlaywrightReport = { stats?: { expected: number; unexpected: number; flaky: number; skipped: number } };

async function runEndToEnd(connection: ReturnType<typeof databaseEnv>): Promise<Result> {
  const started = Date.now();
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const report = path.join(runDirectory, "e2e.json");
  const env: NodeJS.ProcessEnv = {
    ...baseEnv,
    ...connection,
    NEXT_DIST_DIR: TEST_DIST_DIR,
    NEXTAUTH_SECRET: randomBytes(32).toString("base64"),
    NEXTAUTH_URL: baseUrl,
    ATELIER_E2E_PORT: String(port),
    PLAYWRIGHT_JSON_OUTPUT_FILE: report,
  };
  const fail = (note: string, code: number) => settle({ name: "e2e", passed: 0, failed: 0, skipped: 0, flaky: 0, note }, code, started);
  const built = await buildForTests(env);
  if (built !== 0) return fail("next build failed", built);
  const seeded = await run("npx", ["tsx", "prisma/seed.ts"], env);
  if (seeded !== 0) return fail("seeding the demo data failed", seeded);
  const code = await run("npx", ["playwright", "test", "--reporter=list,json", ...forwarded], env);
  const stats = readJson<PlaywrightReport>(report)?.stats;
  return settle(
    {
      name: "e2e",
      passed: (stats?.expected ?? 0) + (stats?.flaky ?? 0),
      failed: stats?.unexpected ?? 0,
      skipped: stats?.skipped ?? 0,
      flaky: stats?.flaky ?? 0,
      note: stats ? undefined : "no report",
    },
    code,
    started,
  );
}

async function cleanUp() {
  if (database) {
    const disposing = database;
    database = undefined;
    await disposing.dispose().catch((error) => console.error(`could not remove the test database: ${String(error)}`));
  }
  rmSync(runDirectory, { recursive: true, force: true });
}

function signalGroup(group: number | undefined, signal: NodeJS.Signals) {
  if (!group) return;
  try {
    process.kill(-group, signal);
  } catch {
    // The group is gone already.
  }
}

// Ctrl-C or a CI timeout: the running suite stops (its process tree winds down; Playwright
// stops its web server), no further suite starts, and the main flow below removes the
// database. A second signal (seconds later) stops waiting for that.
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (interrupted) {
      // One Ctrl-C can arrive twice (from the terminal and relayed by npm or tsx).
      if (Date.now() - interruptedAt > 3_000) void cleanUp().then(() => process.exit(130));
      return;
    }
    interrupted = true;
    interruptedAt = Date.now();
    console.error(`\n${signal}: stopping the tests, then removing the test database…`);
    // SIGINT whatever came: on SIGINT, Playwright also stops the web server it started.
    const group = child?.pid;
    signalGroup(group, "SIGINT");
    setTimeout(() => signalGroup(group, "SIGKILL"), 20_000).unref();
  });
}

function printSummary(): number {
  const passed = results.reduce((sum, result) => sum + result.passed, 0);
  const failed = results.reduce((sum, result) => sum + result.failed, 0);
  console.log("\nSummary");
  for (const result of results) {
    const extras = [
      result.skipped ? `${result.skipped} skipped` : "",
      result.flaky ? `${result.flaky} flaky (passed on retry)` : "",
      result.note ?? "",
    ].filter(Boolean);
    console.log(
      `  ${result.name.padEnd(12)} ${String(result.passed).padStart(4)} ok ${String(result.failed).padStart(4)} ko` +
        `  ${result.seconds.toFixed(1).padStart(6)} s${extras.length ? `  (${extras.join(", ")})` : ""}`,
    );
  }
  if (interrupted) console.log("Interrupted: the suites did not all run.");
  else if (passed === 0) console.log("No test ran: that is a failure too.");
  console.log(`atelier: ${passed} passed, ${failed} failed`);
  return failed > 0 || passed === 0 ? 1 : 0;
}

let exitCode = 1;
try {
  if (!prismaClientIsCurrent()) {
    if ((await run("npx", ["prisma", "generate"], baseEnv)) !== 0) throw new Error("prisma generate failed");
    markPrismaClientCurrent();
  }
  if (fullRun) results.push(await checkMigrations());
  if (suites.includes("unit")) results.push(await runVitest("unit", baseEnv));
  if (suites.includes("integration") || suites.includes("e2e")) {
    database = await provideTestDatabase(runDirectory);
    console.log(`\nTest database: ${database.description}`);
    await applyMigrations(database.url, (line) => console.log(`  ${line}`));
    const connection = databaseEnv(database.url, database.kind === "pglite");
    const env = { ...baseEnv, ...connection, ATELIER_TEST_DATABASE_KIND: database.kind };
    if (suites.includes("integration")) results.push(await runVitest("integration", env));
    if (suites.includes("e2e")) results.push(await runEndToEnd(connection));
  }
  exitCode = printSummary();
} catch (error) {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  results.push({ name: "runner", passed: 0, failed: 1, skipped: 0, flaky: 0, seconds: 0, note: "the test runner failed" });
  exitCode = printSummary();
} finally {
  await cleanUp();
}
process.exit(interrupted ? 130 : exitCode);
