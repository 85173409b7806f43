import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = path.dirname(fileURLToPath(import.meta.url));

// Unit tests are pure. Integration tests share one migrated database (DATABASE_URL,
// provided by scripts/test.ts) and reset its demo data, so their files run one at a time.
export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      // Services are server-only in Next.js; in tests they run on the server anyway.
      "server-only": path.join(root, "tests/helpers/server-only.ts"),
    },
  },
  test: {
    projects: [
      { extends: true, test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node" } },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
