import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const alias = {
  "@": fileURLToPath(new URL("./", import.meta.url)),
  // The data layer is marked server-only for Next; under Vitest it is plain Node.
  "server-only": fileURLToPath(new URL("./lib/testing/empty-module.ts", import.meta.url)),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "components/**/*.test.ts", "scripts/**/*.test.ts"],
          exclude: ["lib/**/*.integration.test.ts", "node_modules/**"],
          environment: "node",
          // Unit tests are pure (no mocks, no environment, no databases), so the files in a worker can share the
          // modules they import: loading them afresh for each of 105 files was 34 of the 38 s.
          isolate: false,
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["lib/**/*.integration.test.ts"],
          environment: "node",
          // Each file gets databases of its own (a temporary SQLite file, a randomly named PostgreSQL database),
          // so two files at a time share nothing but the server; more would only queue on 2 cores.
          fileParallelism: true,
          maxWorkers: 2,
          // Migrates one template database per provider; each test database is a copy.
          globalSetup: ["lib/testing/test-database-templates.ts"],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
