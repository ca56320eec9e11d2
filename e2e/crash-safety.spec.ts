import { expect, test } from "@playwright/test";
import Database from "better-sqlite3";
import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";
import { demoUser } from "./accounts";
import { adminQuery, baseUrl, killHard, postgresUrlFor, prepareDatabase, specPort, signInCookie, startServer, waitUntilDown, waitUntilServing } from "./support/servers";

// kill -9 of the server while acknowledged writes stream in: afterwards the
// database is intact and holds every write the server acknowledged. Runs its
// own server (scripts/serve.mjs, as `npm start` runs it) on the production build this test run made, on SQLite and,
// with TEST_DATABASE_URL, on PostgreSQL.
const root = process.cwd();
const adminUrl = process.env.TEST_DATABASE_URL;
const WRITERS = 4;
const ACKNOWLEDGED_BEFORE_KILL = 40;

type TProvider = { name: "sqlite" | "postgresql"; port: number };
const providers: TProvider[] = [{ name: "sqlite", port: specPort(3) }, ...(adminUrl ? [{ name: "postgresql" as const, port: specPort(4) }] : [])];

/** What the database holds after the crash, read directly. */
type TStoredState = { commentIds: Set<string>; loggedCommentIds: Set<string>; speaker: string; problems: unknown[] };

function readSqlite(file: string, boardId: string, claimId: string): TStoredState {
  const db = new Database(file);
  try {
    const problems = [
      ...(db.pragma("integrity_check") as { integrity_check: string }[]).filter((row) => row.integrity_check !== "ok"),
      ...(db.pragma("foreign_key_check") as unknown[]),
    ];
    const ids = (sql: string) => new Set((db.prepare(sql).all(boardId) as { id: string }[]).map((row) => row.id));
    return {
      commentIds: ids('SELECT "id" FROM "Comment" WHERE "boardId" = ?'),
      loggedCommentIds: ids(`SELECT "entityId" AS "id" FROM "ActivityEntry" WHERE "boardId" = ? AND "entityType" = 'comment' AND "action" = 'created'`),
      speaker: (db.prepare('SELECT "speaker" FROM "Claim" WHERE "id" = ?').get(claimId) as { speaker: string }).speaker,
      problems,
    };
  } finally {
    db.close();
  }
}

async function readPostgres(url: string, boardId: string, claimId: string): Promise<TStoredState> {
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  try {
    const ids = async (sql: string) => new Set((await db.query<{ id: string }>(sql, [boardId])).rows.map((row) => row.id));
    // Every constraint still validated, and no row pointing at a missing claim.
    const problems = [
      ...(await db.query("SELECT conname FROM pg_constraint WHERE NOT convalidated")).rows,
      ...(await db.query('SELECT c."id" FROM "Comment" c LEFT JOIN "Claim" k ON k."id" = c."claimId" WHERE k."id" IS NULL')).rows,
    ];
    return {
      commentIds: await ids('SELECT "id" FROM "Comment" WHERE "boardId" = $1'),
      loggedCommentIds: await ids(
        `SELECT "entityId" AS "id" FROM "ActivityEntry" WHERE "boardId" = $1 AND "entityType" = 'comment' AND "action" = 'created'`,
      ),
      speaker: (await db.query<{ speaker: string }>('SELECT "speaker" FROM "Claim" WHERE "id" = $1', [claimId])).rows[0]!.speaker,
      problems,
    };
  } finally {
    await db.end();
  }
}

for (const provider of providers) {
  test.describe(`kill -9 during writes on ${provider.name}`, () => {
    const base = baseUrl(provider.port);
    const sqliteFile = join(root, "data", `crash-safety-${randomBytes(4).toString("hex")}.db`);
    const pgName = `claimgraph_crash_${randomBytes(5).toString("hex")}`;
    let databaseUrl = "";
    let server: ChildProcess | undefined;

    test.beforeAll(async () => {
      test.setTimeout(120_000);
      if (provider.name === "sqlite") {
        databaseUrl = `file:${sqliteFile}`;
      } else {
        await adminQuery(`CREATE DATABASE ${pgName}`);
        databaseUrl = postgresUrlFor(pgName);
      }
      const env = { ...process.env, DATABASE_URL: databaseUrl, CLAIMGRAPH_AUTH_RATE_LIMIT: "off" };
      prepareDatabase(env);
    });

    test.afterAll(async () => {
      if (server) killHard(server);
      if (provider.name === "sqlite") {
        for (const suffix of ["", "-wal", "-shm"]) rmSync(`${sqliteFile}${suffix}`, { force: true });
      } else {
        await adminQuery(`DROP DATABASE IF EXISTS ${pgName} WITH (FORCE)`);
      }
    });

    test("keeps every acknowledged write, and the database passes its integrity checks", async () => {
      test.setTimeout(180_000);
      const env = { ...process.env, DATABASE_URL: databaseUrl, CLAIMGRAPH_AUTH_RATE_LIMIT: "off" };
      server = startServer(provider.port, env, { detached: true });
      await waitUntilServing(base);

      const cookie = await signInCookie(base, demoUser("editor"));
      const headers = { "content-type": "application/json", cookie };
      const { boards } = (await (await fetch(`${base}/api/boards`, { headers })).json()) as { boards: { id: string }[] };
      const boardId = boards[0]!.id;
      const { claims } = (await (await fetch(`${base}/api/boards/${boardId}`, { headers })).json()) as {
        claims: { id: string; version: number }[];
      };
      const [commented, edited] = [claims[0]!, claims[1]!];

      // Writers create comments; one more edits a claim's speaker, version after version.
      const acknowledged: string[] = [];
      // The last speaker saved with a 200, and those sent since without an answer.
      const speakers = { acknowledged: "", unanswered: [] as string[] };
      let stop = false;
      const commentWriter = async (writer: number) => {
        for (let n = 0; !stop && n < 2_000; n++) {
          try {
            const response = await fetch(`${base}/api/boards/${boardId}/claims/${commented.id}/comments`, {
              method: "POST",
              headers,
              body: JSON.stringify({ body: `crash test ${writer}.${n}` }),
              signal: AbortSignal.timeout(10_000),
            });
            if (response.status === 201) acknowledged.push(((await response.json()) as { id: string }).id);
          } catch {
            // The server died while this one was in flight: not acknowledged.
          }
        }
      };
      const speakerWriter = async () => {
        let version = edited.version;
        for (let n = 0; !stop && n < 2_000; n++) {
          const speaker = `speaker ${n}`;
          try {
            speakers.unanswered.push(speaker);
            const response = await fetch(`${base}/api/boards/${boardId}/claims/${edited.id}`, {
              method: "PATCH",
              headers,
              body: JSON.stringify({ speaker, version }),
              signal: AbortSignal.timeout(10_000),
            });
            if (response.status !== 200) continue;
            version = ((await response.json()) as { version: number }).version;
            speakers.acknowledged = speaker;
            speakers.unanswered = [];
          } catch {
            // not acknowledged
          }
        }
      };
      const writers = [...Array.from({ length: WRITERS }, (_, n) => commentWriter(n)), speakerWriter()];
      await expect.poll(() => acknowledged.length, { timeout: 60_000 }).toBeGreaterThanOrEqual(ACKNOWLEDGED_BEFORE_KILL);
      killHard(server);
      await waitUntilDown(base);
      stop = true;
      await Promise.all(writers);
      expect(speakers.acknowledged).not.toBe("");

      const stored =
        provider.name === "sqlite"
          ? readSqlite(sqliteFile, boardId, edited.id)
          : await readPostgres(databaseUrl, boardId, edited.id);
      expect(stored.problems).toEqual([]);
      expect(acknowledged.filter((id) => !stored.commentIds.has(id))).toEqual([]);
      // The log and the comments agree: each comment has its entry, and no entry lacks its comment.
      expect([...stored.commentIds].sort()).toEqual([...stored.loggedCommentIds].sort());
      // The edit in flight when the server died either landed whole or not at all.
      expect([speakers.acknowledged, ...speakers.unanswered]).toContain(stored.speaker);

      // Restarted, the app serves the same data and takes writes again.
      server = startServer(provider.port, env, { detached: true });
      await waitUntilServing(base);
      const listed = await fetch(`${base}/api/boards/${boardId}/claims/${commented.id}/comments`, { headers });
      expect(listed.status).toBe(200);
      const listedIds = new Set(((await listed.json()) as { comments: { id: string }[] }).comments.map((comment) => comment.id));
      expect(acknowledged.filter((id) => !listedIds.has(id))).toEqual([]);
      const after = await fetch(`${base}/api/boards/${boardId}/claims/${commented.id}/comments`, {
        method: "POST",
        headers,
        body: JSON.stringify({ body: "after the restart" }),
      });
      expect(after.status).toBe(201);
    });
  });
}
