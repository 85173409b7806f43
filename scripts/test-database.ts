// The database of one test run: a uniquely named database created on a local PostgreSQL
// server and dropped afterwards, or, when no PostgreSQL answers, a throw-away embedded
// PGlite served from a temporary directory. Never a database that holds anyone's data.
import path from "node:path";
import pg from "pg";
import { freePort, isAlive, servePgliteDirectory } from "./embedded-database.ts";

export type TestDatabase = {
  url: string;
  /** What the run uses, for the log. */
  description: string;
  /** Real PostgreSQL (races show there) or PGlite (it serialises transactions). */
  kind: "postgresql" | "pglite";
  dispose: () => Promise<void>;
};

// The PostgreSQL of the project's machines: 127.0.0.1:5432, trust authentication.
const DEFAULT_LOCAL_SERVER = "postgresql://postgres@127.0.0.1:5432/postgres";
const LOCAL_HOSTS = new Set(["127.0.0.1", "localhost", "::1", "[::1]"]);

/** A connection URL as pg reads it; "postgresql://user@/db?host=/run/postgresql" (no authority host) included. */
function parseDatabaseUrl(value: string): URL {
  try {
    return new URL(value);
  } catch {
    // WHATWG URLs refuse user info without a host; pg then takes the host from ?host= or its default.
    return new URL(value.replace(/@\//, "@localhost/"));
  }
}

/** Local means a loopback address or a unix socket directory; anything else may be someone's data. */
export function isLocalDatabaseUrl(value: string): boolean {
  const url = parseDatabaseUrl(value);
  // pg takes the host from `?host=` (often a socket directory) before the authority.
  const hosts = [url.searchParams.get("host"), decodeURIComponent(url.hostname)].filter((host): host is string => !!host);
  // No host at all: pg falls back to PGHOST, else localhost.
  if (hosts.length === 0) hosts.push(process.env.PGHOST ?? "localhost");
  return hosts.every((host) => host.startsWith("/") || LOCAL_HOSTS.has(host.toLowerCase()));
}

function uniqueDatabaseName(): string {
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  return `atelier_test_${stamp}_${process.pid}`;
}

async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end().catch(() => {});
  }
}

async function answers(url: string): Promise<boolean> {
  try {
    await withClient(url, (client) => client.query("SELECT 1"));
    return true;
  } catch {
    return false;
  }
}

// A run killed outright (SIGKILL, a machine stopped) cannot drop its database. Later runs
// drop such leftovers: named by a process that is gone, and older than any run lasts.
const STALE_AFTER_MS = 6 * 3600_000;

async function dropStaleTestDatabases(client: pg.Client): Promise<void> {
  const { rows } = await client.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE 'atelier\\_test\\_%'`);
  for (const { datname } of rows) {
    const match = /^atelier_test_(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})_(\d+)$/.exec(datname);
    if (!match) continue;
    const [, year, month, day, hour, minute, second, pid] = match;
    const created = Date.UTC(+year, +month - 1, +day, +hour, +minute, +second);
    if (Date.now() - created < STALE_AFTER_MS || isAlive(Number(pid))) continue;
    await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`).then(
      () => console.log(`dropped ${datname}, left behind by a test run that was killed`),
      () => {},
    );
  }
}

async function createDatabaseOn(serverUrl: string): Promise<TestDatabase> {
  const name = uniqueDatabaseName();
  await withClient(serverUrl, async (client) => {
    await dropStaleTestDatabases(client);
    await client.query(`CREATE DATABASE "${name}"`);
  });
  const url = parseDatabaseUrl(serverUrl);
  url.pathname = `/${name}`;
  const server = `${url.searchParams.get("host") ?? url.hostname}${url.port ? `:${url.port}` : ""}`;
  return {
    url: url.toString(),
    description: `PostgreSQL database ${name} on ${server} (dropped afterwards)`,
    kind: "postgresql",
    dispose: async () => {
      // FORCE ends the connections a killed app server or test may have left behind.
      await withClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}

async function serveThrowAwayPglite(runDirectory: string): Promise<TestDatabase> {
  const directory = path.join(runDirectory, "pglite");
  const database = await servePgliteDirectory(directory, await freePort());
  return {
    url: database.url,
    description: `embedded PGlite in ${directory} (deleted afterwards; no PostgreSQL answered on 127.0.0.1:5432)`,
    kind: "pglite",
    dispose: database.stop,
  };
}

/**
 * DATABASE_URL, when set, names a server (CI): the run gets a fresh database on it. Without
 * it, the local PostgreSQL if one answers, else a PGlite inside `runDirectory`, which the
 * caller deletes. The PGlite is served by this process: keep its event loop free (no spawnSync).
 */
export async function provideTestDatabase(runDirectory: string): Promise<TestDatabase> {
  const configured = process.env.DATABASE_URL;
  if (configured) {
    if (!isLocalDatabaseUrl(configured)) {
      throw new Error(
        `Refusing to run the tests against a database that is not local (${parseDatabaseUrl(configured).host}): ` +
          "they create and drop databases. Point DATABASE_URL at 127.0.0.1, localhost, ::1 or a unix socket.",
      );
    }
    return createDatabaseOn(configured);
  }
  if (await answers(DEFAULT_LOCAL_SERVER)) return createDatabaseOn(DEFAULT_LOCAL_SERVER);
  return serveThrowAwayPglite(runDirectory);
}
