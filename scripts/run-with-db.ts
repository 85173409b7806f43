// Runs a command with DATABASE_URL pointing at the database Atelier uses
// (see provideDatabase): `tsx scripts/run-with-db.ts <command> [args…]`.
import { spawn } from "node:child_process";
import { databaseEnv, provideDatabase } from "./embedded-database.ts";

const [command, ...args] = process.argv.slice(2);
if (!command) throw new Error("usage: tsx scripts/run-with-db.ts <command> [args…]");

const database = await provideDatabase();
const child = spawn(command, args, {
  stdio: "inherit",
  env: { ...process.env, ...databaseEnv(database.url, database.embedded), NEXT_TELEMETRY_DISABLED: "1" },
});
const forward = (signal: NodeJS.Signals) => child.kill(signal);
process.on("SIGINT", forward);
process.on("SIGTERM", forward);
child.on("exit", async (code, signal) => {
  await database.stop();
  process.exit(code ?? (signal ? 1 : 0));
});
