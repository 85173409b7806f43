// `npm start` (production server) and `npm run dev` (development server) on a fresh
// clone: provides the database, generates the Prisma client, applies migrations, loads
// the demo data into an empty database, builds when the build is missing or stale,
// then serves on PORT (default 3000).
import { spawn } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { DATA_DIR, databaseEnv, provideDatabase } from "./embedded-database.ts";
import { markPrismaClientCurrent, prismaClientIsCurrent } from "./generated-client.ts";
import { applyMigrations } from "./migrate.ts";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const distDir = process.env.NEXT_DIST_DIR ?? ".next";
const BUILD_INPUTS = ["app", "components", "lib", "messages", "public", "proxy.ts", "next.config.mjs",
  "postcss.config.mjs", "tsconfig.json", "package-lock.json", "prisma/schema.prisma"];

// Asynchronous on purpose: the embedded database is served by this very process, so a
// synchronous child (the seed, the build) would block it and wait for it forever.
function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit", env });
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} failed`))));
  });
}

function authSecret(usesEmbeddedDatabase: boolean): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  if (!usesEmbeddedDatabase) {
    throw new Error("NEXTAUTH_SECRET must be set when DATABASE_URL is (production). Generate one with: openssl rand -base64 32");
  }
  // The zero-setup start keeps one local secret, so sessions survive restarts.
  const file = path.join(DATA_DIR, "nextauth-secret");
  if (!existsSync(file)) {
    mkdirSync(DATA_DIR, { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

function hashSources(): string {
  const hash = createHash("sha256");
  const visit = (entry: string) => {
    if (!existsSync(entry) || entry.includes(`${path.sep}generated`)) return;
    if (statSync(entry).isDirectory()) {
      for (const child of readdirSync(entry).sort()) visit(path.join(entry, child));
    } else {
      hash.update(entry).update(readFileSync(entry));
    }
  };
  BUILD_INPUTS.forEach(visit);
  return hash.digest("hex");
}

async function databaseIsEmpty(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ count: string }>(`SELECT count(*) FROM "User"`);
    return rows[0].count === "0";
  } finally {
    await client.end();
  }
}

const database = await provideDatabase();
const env: NodeJS.ProcessEnv = {
  ...process.env,
  ...databaseEnv(database.url, database.embedded),
  NEXTAUTH_SECRET: authSecret(database.embedded),
  NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
  NEXT_TELEMETRY_DISABLED: "1",
};
const shutdown = async (code: number) => {
  await database.stop();
  process.exit(code);
};

try {
  if (!prismaClientIsCurrent()) {
    await run("npx", ["prisma", "generate"], env);
    markPrismaClientCurrent();
  }
  await applyMigrations(database.url);
  if (await databaseIsEmpty(database.url)) {
    console.log("Empty database: loading the demo data.");
    await run("npx", ["tsx", "prisma/seed.ts"], env);
  }
  if (!dev) {
    const stamp = path.join(distDir, "atelier-source-hash");
    const sources = hashSources();
    if (!existsSync(stamp) || readFileSync(stamp, "utf8") !== sources) {
      console.log("Building Atelier (the build is missing or older than the sources)…");
      await run("npx", ["next", "build"], env);
      writeFileSync(stamp, sources);
    }
  }
} catch (error) {
  console.error(String(error instanceof Error ? error.message : error));
  await shutdown(1);
}

console.log(`Atelier on http://localhost:${port} (database: ${database.embedded ? "embedded PGlite" : "DATABASE_URL"})`);
const server = spawn("npx", ["tsx", "scripts/serve.ts", ...(dev ? ["--dev"] : []), "--port", String(port)], { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => shutdown(code ?? 0));
