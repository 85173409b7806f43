// End-to-end tests: the production build (`next build` into .next-test) served by
// `next start`, driven by Debian's Chromium. Run them through `npm run test:e2e`, which
// provides a fresh database, builds, seeds the demo data and sets the variables below.
import { randomBytes } from "node:crypto";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.ATELIER_E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;
const ci = !!process.env.CI;

if (!process.env.DATABASE_URL) {
  throw new Error("DATABASE_URL is not set: run the end-to-end tests through `npm run test:e2e`.");
}
// Where the app writes its e-mails (no SMTP in tests) and e2e/fixtures/outbox.ts reads them.
// Set here, before the workers start, so that both sides see the same folder.
process.env.ATELIER_OUTBOX_DIR ??= path.resolve("test-results", "outbox");
process.env.NEXTAUTH_SECRET ??= randomBytes(32).toString("base64");

export default defineConfig({
  testDir: "e2e",
  // One worker: the tests share the demo data; those that change it reset it or use data of their own.
  workers: 1,
  fullyParallel: false,
  forbidOnly: ci,
  // One retry in CI (a 2-core machine) for timing hiccups; a test that passes only on
  // retry is reported as flaky in the summary. None locally, where a flake should be seen.
  retries: ci ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  outputDir: "test-results",
  use: {
    baseURL,
    locale: "en-GB",
    timezoneId: "Europe/Paris",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          // Debian's Chromium: Playwright's own browser download is not reachable from these machines.
          executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
          ],
        },
      },
    },
  ],
  webServer: {
    command: `npx tsx scripts/serve.ts --host 127.0.0.1 --port ${port}`,
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    // `next start` is quick, but a loaded 2-core CI machine is not.
    timeout: 180_000,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      DATABASE_URL: process.env.DATABASE_URL,
      ...(process.env.DATABASE_POOL_SIZE ? { DATABASE_POOL_SIZE: process.env.DATABASE_POOL_SIZE } : {}),
      NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? ".next-test",
      NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? baseURL,
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET,
      NEXT_TELEMETRY_DISABLED: "1",
      ATELIER_OUTBOX_DIR: process.env.ATELIER_OUTBOX_DIR,
    },
  },
});
