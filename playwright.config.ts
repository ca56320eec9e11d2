import { defineConfig } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;

// Debian's Chromium, never a downloaded browser. These flags keep it off the
// network, which this machine does not have.
const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

// Specs that never change the suite server's database (axe only reads its pages) or that start and
// stop servers of their own. They run beside the others, which take turns on the shared database.
const SIDE_STREAM = /(accessibility|body-limits|crash-safety|first-request|multi-instance|sign-in-limits)\.spec\.ts$/;

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  fullyParallel: false,
  // Two streams, each one file at a time (see projects): the specs that change the shared server's
  // database, and those that only read it or start servers of their own.
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: "test-results/e2e-results.json" }]],
  use: {
    baseURL,
    viewport: { width: 1440, height: 900 },
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: chromiumArgs },
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    { name: "setup", testMatch: /auth\.setup\.ts/ },
    {
      name: "chromium",
      dependencies: ["setup"],
      testIgnore: SIDE_STREAM,
      workers: 1,
      // Specs act as the demo editor unless they say otherwise.
      use: { browserName: "chromium", storageState: "e2e/.auth/editor.json" },
    },
    {
      name: "side-stream",
      dependencies: ["setup"],
      testMatch: SIDE_STREAM,
      workers: 1,
      use: { browserName: "chromium", storageState: "e2e/.auth/editor.json" },
    },
  ],
  webServer: {
    // A production build against a fresh SQLite database, started as `npm start` does.
    command: "rm -f data/e2e.db data/e2e.db-wal data/e2e.db-shm && node scripts/start.mjs",
    url: `${baseURL}/api/boards`,
    // Rate limits off: the suite signs in many times from one address.
    env: { PORT: String(port), DATABASE_URL: "file:./data/e2e.db", CLAIMGRAPH_AUTH_RATE_LIMIT: "off" },
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe",
  },
});
