// `npm test`: lint, typecheck, unit tests, integration tests (SQLite, and
// PostgreSQL when TEST_DATABASE_URL is set), then end-to-end tests in Chromium
// against a production build. Stops at the first failing step.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";

const results = join(process.cwd(), "test-results");
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });
const bin = (name) => join(process.cwd(), "node_modules", ".bin", name);

const steps = [
  { name: "lint", command: bin("eslint"), args: [".", "--max-warnings=0"] },
  { name: "typecheck", command: bin("tsc"), args: ["--noEmit", "-p", "."] },
  ...(process.env.TEST_DATABASE_URL
    ? [{ name: "migrations match the schema", command: process.execPath, args: ["scripts/prisma-migration.mjs", "--check"] }]
    : []),
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

const totals = { passed: 0, failed: 0, skipped: 0 };
let failedStep = null;
for (const step of steps) {
  console.log(`\n▶ ${step.name}`);
  const started = Date.now();
  const { status } = spawnSync(step.command, step.args, { stdio: "inherit", env: process.env });
  if (step.report) {
    const counts = countTests(step.report);
    for (const key of Object.keys(totals)) totals[key] += counts[key];
  }
  console.log(`◀ ${step.name}: ${status === 0 ? "ok" : `failed (exit ${status})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (status !== 0) {
    failedStep = step.name;
    if (totals.failed === 0) totals.failed = 1; // a failing lint or typecheck counts as a failure too
    break;
  }
}

console.log(failedStep ? `\nnpm test failed at: ${failedStep}` : "\nnpm test: every step passed");
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ""}`);
process.exit(failedStep ? 1 : 0);
