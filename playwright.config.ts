import { defineConfig } from "@playwright/test";
import { SUITE_SERVERS } from "./e2e/support/suite-servers";

const [first, second] = SUITE_SERVERS;

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

// Specs that start and stop servers of their own, with their own databases. axe does too, and is a stream
// of its own, the longest file. The rest change a suite server's database and take turns on it: those named
// here on the second server, the others on the first, about half the time each.
const OWN_SERVERS = /(body-limits|crash-safety|first-request|multi-instance|sign-in-limits)\.spec\.ts$/;
const ACCESSIBILITY = /accessibility\.spec\.ts$/;
const ON_SECOND_SERVER =
  /(calm-fast-accessible|claim-permalink-and-search|large-import|live-workspace-updates|members|my-work|responsive|security-headers|teams-and-accounts)\.spec\.ts$/;

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  fullyParallel: false,
  // Four streams, each one file at a time (see projects). Most of a spec's time is spent waiting on the
  // browser and the server, so on two cores four streams finish far sooner than two.
  workers: 4,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: "test-results/e2e-results.json" }]],
  use: {
    baseURL: first.url,
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
      testIgnore: [OWN_SERVERS, ACCESSIBILITY, ON_SECOND_SERVER],
      workers: 1,
      // Specs act as the demo editor unless they say otherwise.
      use: { browserName: "chromium", storageState: "e2e/.auth/editor.json" },
    },
    {
      name: "chromium-second-server",
      dependencies: ["setup"],
      testMatch: ON_SECOND_SERVER,
      workers: 1,
      use: { browserName: "chromium", baseURL: second.url, storageState: "e2e/.auth/editor.json" },
    },
    { name: "accessibility", dependencies: ["setup"], testMatch: ACCESSIBILITY, workers: 1, use: { browserName: "chromium" } },
    {
      name: "own-servers",
      dependencies: ["setup"],
      testMatch: OWN_SERVERS,
      workers: 1,
      use: { browserName: "chromium", storageState: "e2e/.auth/editor.json" },
    },
  ],
  // A production build against a fresh SQLite database, started as `npm start` does; then the same build
  // again on its own database. Playwright starts them one after the other, so only the first builds.
  webServer: SUITE_SERVERS.map((server) => ({
    command: `rm -f ${server.database} ${server.database}-wal ${server.database}-shm && node scripts/start.mjs`,
    url: `${server.url}/api/boards`,
    // Rate limits off: the suite signs in many times from one address.
    env: { PORT: String(server.port), DATABASE_URL: `file:./${server.database}`, CLAIMGRAPH_AUTH_RATE_LIMIT: "off" },
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe" as const,
  })),
});
