// `npm test`: lint, typecheck (and, with TEST_DATABASE_URL, the migration check) side by side, then unit
// tests, integration tests (SQLite, and PostgreSQL when TEST_DATABASE_URL is set), then end-to-end tests in
// Chromium against a production build. Stops at the first failing step.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";

const results = join(process.cwd(), "test-results");
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });
const bin = (name) => join(process.cwd(), "node_modules", ".bin", name);

// Each is one single-threaded process, so on two cores they take little longer together than the longest alone.
const staticChecks = [
  { name: "lint", command: bin("eslint"), args: [".", "--max-warnings=0"] },
  // The route types first (as `next build` makes them), so tsc checks the pages' and routes' exports as the build would.
  { name: "typecheck", command: "sh", args: ["-c", `"${bin("next")}" typegen >/dev/null && "${bin("tsc")}" --noEmit -p .`] },
  ...(process.env.TEST_DATABASE_URL
    ? [{ name: "migrations match the schema", command: process.execPath, args: ["scripts/prisma-migration.mjs", "--check"] }]
    : []),
];

const steps = [
  {
    name: "unit tests",
    command: bin("vitest"),
    args: ["run", "--project", "unit", "--reporter=default", "--reporter=json", `--outputFile=${join(results, "unit.json")}`],
    report: "unit.json",
  },
  {
    name: `integration tests (${process.env.TEST_DATABASE_URL ? "SQLite and PostgreSQL" : "SQLite; set TEST_DATABASE_URL for PostgreSQL"})`,
    command: bin("vitest"),
    args: ["run", "--project", "integration", "--reporter=default", "--reporter=json", `--outputFile=${join(results, "integration.json")}`],
    report: "integration.json",
  },
  { name: "end-to-end tests", command: bin("playwright"), args: ["test"], report: "e2e-results.json" },
];

function countTests(report) {
  const file = join(results, report);
  if (!existsSync(file)) return { passed: 0, failed: 0, skipped: 0 };
  const json = JSON.parse(readFileSync(file, "utf8"));
  if ("numPassedTests" in json) {
    return { passed: json.numPassedTests, failed: json.numFailedTests, skipped: json.numPendingTests + json.numTodoTests };
  }
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = json.stats ?? {};
  return { passed: expected + flaky, failed: unexpected, skipped };
}

const seconds = (started) => `${((Date.now() - started) / 1000).toFixed(1)} s`;

/** Runs a check with its output held back, so that checks running together print one after another. */
function runQuietly(step) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(step.command, step.args, { stdio: ["ignore", "pipe", "pipe"], env: process.env });
    const output = [];
    child.stdout.on("data", (chunk) => output.push(chunk));
    child.stderr.on("data", (chunk) => output.push(chunk));
    child.on("error", (error) => output.push(Buffer.from(`${error.message}\n`)));
    child.on("close", (code) => resolve({ step, status: code ?? 1, output: Buffer.concat(output), took: seconds(started) }));
  });
}

const totals = { passed: 0, failed: 0, skipped: 0 };
let failedStep = null;

console.log(`\n▶ ${staticChecks.map((check) => check.name).join(", ")} (together)`);
for (const { step, status, output, took } of await Promise.all(staticChecks.map(runQuietly))) {
  console.log(`\n▶ ${step.name}`);
  process.stdout.write(output);
  console.log(`◀ ${step.name}: ${status === 0 ? "ok" : `failed (exit ${status})`} in ${took}`);
  if (status !== 0 && !failedStep) failedStep = step.name;
}
if (failedStep) totals.failed = 1; // a failing lint or typecheck counts as a failure too
// The end-to-end build need not type-check the same tree again (next.config.ts reads this).
process.env.CLAIMGRAPH_TYPES_CHECKED = "1";

for (const step of failedStep ? [] : steps) {
  console.log(`\n▶ ${step.name}`);
  const started = Date.now();
  const { status } = spawnSync(step.command, step.args, { stdio: "inherit", env: process.env });
  if (step.report) {
    const counts = countTests(step.report);
    for (const key of Object.keys(totals)) totals[key] += counts[key];
  }
  console.log(`◀ ${step.name}: ${status === 0 ? "ok" : `failed (exit ${status})`} in ${seconds(started)}`);
  if (status !== 0) {
    failedStep = step.name;
    if (totals.failed === 0) totals.failed = 1;
    break;
  }
}

console.log(failedStep ? `\nnpm test failed at: ${failedStep}` : "\nnpm test: every step passed");
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ""}`);
process.exit(failedStep ? 1 : 0);
