import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readBackupFile } from "../../backup/backup-file";
import { schemaModels } from "../../backup/schema-models";
import { createPrismaClient } from "../../db/prisma-client";
import { createTestDatabase, TEST_PROVIDERS } from "../../testing/test-databases";
import { backUpInstall } from "./back-up-install";

const scratch = mkdtempSync(join(tmpdir(), "claimgraph-backup-live-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe.each(TEST_PROVIDERS)("a backup of a %s install that is being written to", (provider) => {
  it("succeeds while writes go on, and holds one moment: every pair written together is in it whole, or not at all", async () => {
    const database = await createTestDatabase(provider);
    // Another connection, as the running app would have.
    const app = createPrismaClient(database.config);
    let written = 0;
    let stop = false;
    // Each write puts a workspace and a setting in one transaction; the backup reads
    // the Workspace table first and the Setting table later, so a backup that was not
    // one snapshot would find more settings than workspaces.
    const writer = (async () => {
      while (!stop) {
        const i = written;
        await app.$transaction([
          app.workspace.create({ data: { id: `w${i}`, slug: `s${i}`, name: `Workspace ${i}` } }),
          app.setting.create({ data: { key: `k${i}`, value: `${i}` } }),
        ]);
        written += 1;
        // Let the event loop turn, as requests arriving over the network would (SQLite writes never wait on I/O here).
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    try {
      while (written < 20) await new Promise((resolve) => setTimeout(resolve, 5));
      const file = join(scratch, `${provider}.backup.gz`);
      const startedAt = written;
      const result = await backUpInstall(database.config, file);
      const finishedAt = written;
      stop = true;
      await writer;
      expect(finishedAt, "writes went on during the backup").toBeGreaterThan(startedAt);
      expect(result.rows.Workspace).toBeGreaterThanOrEqual(startedAt);
      expect(result.rows.Setting).toBe(result.rows.Workspace);
      const { end } = await readBackupFile(file, schemaModels());
      expect(end.rows).toEqual(result.rows);
    } finally {
      stop = true;
      await writer.catch(() => {});
      await app.$disconnect();
      await database.drop();
    }
  });
});
