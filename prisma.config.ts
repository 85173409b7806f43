// Prisma CLI configuration for machines that cannot download Prisma's native
// schema engine: the CLI runs on its JavaScript engine, which needs a driver
// adapter. `prisma generate` and `prisma migrate diff` never need a database,
// so the CLI gets an offline adapter that answers only the engine's version
// probe. Migrations are applied by scripts/migrate.ts, not by the CLI
// (see shared/docs/stack.md for why `prisma migrate deploy` is not used).
import { defineConfig } from "prisma/config";
import type {
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
  SqlQuery,
  SqlResultSet,
} from "@prisma/driver-adapter-utils";

process.env.DATABASE_URL ??= "postgresql://offline@127.0.0.1:1/offline";

const BOOLEAN = 5;
const TEXT = 7;

function offlineConnection(): SqlDriverAdapter {
  const queryRaw = async (query: SqlQuery): Promise<SqlResultSet> => {
    if (/version\(\)/i.test(query.sql)) {
      return {
        columnTypes: [BOOLEAN, TEXT, TEXT],
        columnNames: ["exists", "version", "numeric_version"],
        rows: [[false, "PostgreSQL 15.0", "150000"]],
      };
    }
    throw new Error(`The offline Prisma CLI adapter has no database; it cannot run: ${query.sql}`);
  };
  const connection: SqlDriverAdapter = {
    provider: "postgres",
    adapterName: "atelier-offline",
    queryRaw,
    executeRaw: async () => 0,
    executeScript: async () => {
      throw new Error("The offline Prisma CLI adapter cannot run scripts: use npm run db:migrate.");
    },
    startTransaction: async () => {
      throw new Error("The offline Prisma CLI adapter cannot open transactions.");
    },
    dispose: async () => {},
  };
  return connection;
}

const offlineAdapter: SqlMigrationAwareDriverAdapterFactory = {
  provider: "postgres",
  adapterName: "atelier-offline",
  connect: async () => offlineConnection(),
  connectToShadowDb: async () => offlineConnection(),
};

export default defineConfig({
  schema: "prisma/schema.prisma",
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => offlineAdapter,
});
