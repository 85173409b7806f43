// The embedded default database: a PGlite directory served over the PostgreSQL wire
// protocol by @electric-sql/pglite-socket, so that the app and every script talk to it
// by URL exactly as they would to a real PostgreSQL.
//
// Two processes opening one PGlite directory corrupt it silently, so exactly one
// process serves it: the one holding data/pglite.lock (its pid and URL). Any other
// process connects through that server's socket instead.
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export const DATA_DIR = path.resolve(process.env.ATELIER_DATA_DIR ?? "data");
const LOCK_FILE = path.join(DATA_DIR, "pglite.lock");
// Enough for the app's pool plus a seed or migration running beside it.
const MAX_CONNECTIONS = 40;

type Lock = { pid: number; url: string };

export type DatabaseHandle = { url: string; embedded: boolean; stop: () => Promise<void> };

/**
 * The environment that points a process at a database. pglite-socket runs every
 * connection's messages on one PGlite session: it keeps a transaction to the connection
 * that opened it, but two connections' unnamed statements interleave outside one
 * ("bind message supplies 2 parameters, but prepared statement requires 3"), so each
 * process talks to the embedded database over a single connection.
 */
export function databaseEnv(url: string, embedded: boolean): { DATABASE_URL: string; DATABASE_POOL_SIZE?: string } {
  return embedded ? { DATABASE_URL: url, DATABASE_POOL_SIZE: "1" } : { DATABASE_URL: url };
}

/** Whether a process of that id runs (a lock or a directory may outlive its owner). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readLock(): Lock | null {
  if (!existsSync(LOCK_FILE)) return null;
  try {
    return JSON.parse(readFileSync(LOCK_FILE, "utf8")) as Lock;
  } catch {
    return null;
  }
}

/** The URL of the embedded database another process is serving, if one is. */
export function runningEmbeddedDatabaseUrl(): string | null {
  const lock = readLock();
  return lock && isAlive(lock.pid) ? lock.url : null;
}

/** A free TCP port on 127.0.0.1: `preferred` when it is free, else one the system picks. */
export async function freePort(preferred = 0): Promise<number> {
  const tryPort = (port: number) =>
    new Promise<number>((resolve, reject) => {
      const server = net.createServer();
      server.once("error", reject);
      server.listen(port, "127.0.0.1", () => {
        const address = server.address() as net.AddressInfo;
        server.close(() => resolve(address.port));
      });
    });
  return tryPort(preferred).catch(() => tryPort(0));
}

function takeLock(url: string): boolean {
  mkdirSync(DATA_DIR, { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(LOCK_FILE, "wx");
      writeSync(fd, JSON.stringify({ pid: process.pid, url } satisfies Lock));
      closeSync(fd);
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const lock = readLock();
      if (lock && isAlive(lock.pid)) return false;
      // A stale lock left by a process that died: recover it.
      rmSync(LOCK_FILE, { force: true });
    }
  }
  return false;
}

const pgliteUrl = (port: number) => `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`;

/**
 * Serves one PGlite directory on a local port, taking no lock: the caller guarantees
 * that no other process opens `directory` (the test runner uses a fresh temporary one).
 */
export async function servePgliteDirectory(directory: string, port: number): Promise<DatabaseHandle> {
  const url = pgliteUrl(port);
  mkdirSync(directory, { recursive: true });
  const pglite = await PGlite.create(directory);
  const server = new PGLiteSocketServer({ db: pglite, port, host: "127.0.0.1", maxConnections: MAX_CONNECTIONS });
  try {
    await server.start();
  } catch (error) {
    await pglite.close().catch(() => {});
    throw error;
  }
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await server.stop().catch(() => {});
    await pglite.close().catch(() => {});
  };
  return { url, embedded: true, stop };
}

async function serveEmbeddedDatabase(): Promise<DatabaseHandle | null> {
  const port = await freePort(Number(process.env.ATELIER_EMBEDDED_DB_PORT ?? 54329));
  if (!takeLock(pgliteUrl(port))) return null;
  const releaseLock = () => {
    const lock = readLock();
    if (lock?.pid === process.pid) rmSync(LOCK_FILE, { force: true });
  };
  let served: DatabaseHandle;
  try {
    served = await servePgliteDirectory(path.join(DATA_DIR, "pglite"), port);
  } catch (error) {
    releaseLock();
    // The port was free when chosen and taken since (another checkout starting at the same moment): choose again.
    if ((error as NodeJS.ErrnoException).code === "EADDRINUSE") return null;
    throw error;
  }
  const stop = async () => {
    await served.stop();
    releaseLock();
  };
  return { ...served, stop };
}

/**
 * The database to use: DATABASE_URL when set, else the embedded database —
 * through the running server's socket when another process serves it, else served here.
 */
export async function provideDatabase(): Promise<DatabaseHandle> {
  const configured = process.env.DATABASE_URL;
  if (configured) return { url: configured, embedded: false, stop: async () => {} };
  for (let attempt = 0; attempt < 3; attempt++) {
    const running = runningEmbeddedDatabaseUrl();
    if (running) return { url: running, embedded: true, stop: async () => {} };
    const served = await serveEmbeddedDatabase();
    if (served) return served;
  }
  throw new Error(`Could not open the embedded database: ${LOCK_FILE} is held by another process.`);
}
