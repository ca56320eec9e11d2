import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TActivityEntryView } from "../activity/types";
import { listBoardStreamActivity } from "../data/activity/list-activity";
import { recordActivity } from "../data/activity/record-activity";
import type { TActor } from "../data/actor";
import { createEvidence } from "../data/evidence/create-evidence";
import { changeMemberRole } from "../data/members/change-member-role";
import { importSeedBoard } from "../data/seed/import-seed-board";
import { createPrismaClient, type TPrismaClient } from "../db/prisma-client";
import { ZEvidenceCreateInput } from "../schemas/evidence";
import { BASRA_SEED_KEY, readSeedBoard } from "../seed/read-seed-board";
import { createTestDatabase, TEST_PROVIDERS, type TTestDatabase } from "../testing/test-databases";
import { createTestMember, type TTestMember } from "../testing/test-members";
import { createActivityNotifier, type TActivityNotifier } from "./activity-notifier";
import { createBoardEventStream } from "./board-event-stream";
import type { TStreamAudience } from "./stream-entry";

const plan = readSeedBoard(BASRA_SEED_KEY);
// Long enough that, within a test, only a notification can wake a stream.
const NO_SAFETY_POLL = 3_600_000;
const WAIT_MS = 10_000;

const evidence = (title: string) => ZEvidenceCreateInput.parse({ title, sourceType: "other" });

/** A board stream's entries as a client receives them. */
function openStream(
  db: TPrismaClient,
  notifier: TActivityNotifier,
  board: { id: string; workspaceId: string },
  audience: TStreamAudience = "member",
) {
  const abort = new AbortController();
  const received: TActivityEntryView[] = [];
  const waiters = new Set<() => void>();
  const stream = createBoardEventStream({
    boardId: board.id,
    viewerUserId: null,
    audience,
    signal: abort.signal,
    readSince: (since) => listBoardStreamActivity(db, board, since),
    reauthorize: async () => audience,
    sessionValid: async () => true,
    subscribe: (wake) => notifier.subscribe({ boardId: board.id, workspaceId: board.workspaceId }, wake),
  });
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  void (async () => {
    let buffer = "";
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true as const }));
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      let end: number;
      while ((end = buffer.indexOf("\n\n")) !== -1) {
        const data = buffer.slice(0, end).split("\n").find((line) => line.startsWith("data: "));
        buffer = buffer.slice(end + 2);
        if (data) received.push(JSON.parse(data.slice("data: ".length)) as TActivityEntryView);
        for (const waiter of waiters) waiter();
      }
    }
  })();
  return {
    received,
    /** Resolves with the first received entry that matches, or fails after WAIT_MS. */
    waitFor(match: (entry: TActivityEntryView) => boolean): Promise<TActivityEntryView> {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = received.find(match);
          if (!found) return;
          waiters.delete(check);
          clearTimeout(timeout);
          resolve(found);
        };
        const timeout = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no matching entry within ${WAIT_MS} ms; got ${received.map((e) => e.entityType).join(", ")}`));
        }, WAIT_MS);
        waiters.add(check);
        check();
      });
    },
    close: () => abort.abort(),
  };
}

describe.each(TEST_PROVIDERS)("live updates on %s", (provider) => {
  let database: TTestDatabase;
  let board: { id: string; workspaceId: string };
  let editor: TTestMember;
  let owner: TTestMember;
  let notifier: TActivityNotifier;
  beforeAll(async () => {
    database = await createTestDatabase(provider);
    const boardId = (await importSeedBoard(database.db, plan)).boardId;
    board = await database.db.board.findUniqueOrThrow({ where: { id: boardId }, select: { id: true, workspaceId: true } });
    editor = await createTestMember(database.db, board.workspaceId, "editor", "Eda Live");
    owner = await createTestMember(database.db, board.workspaceId, "owner", "Olu Live");
    notifier = createActivityNotifier(database.db, database.config, { safetyPollMs: NO_SAFETY_POLL });
  });
  afterAll(async () => {
    await notifier?.close();
    await database?.drop();
  });

  it("wakes a waiting stream when a write commits, with no poll to find it", async () => {
    const stream = openStream(database.db, notifier, board);
    // Let the stream's first read (which looks back a little) and, on PostgreSQL, the LISTEN start.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const created = await createEvidence(database.db, editor.actor, board.id, evidence("Live: woken by the commit"));
    const entry = await stream.waitFor((e) => e.entityId === created.id);
    expect(entry).toMatchObject({ entityType: "evidence", action: "created", actorId: editor.userId, boardId: board.id });
    stream.close();
  });

  it("wakes nobody for a transaction that rolls back, and sends only what committed", async () => {
    const wakes: string[] = [];
    const unsubscribe = notifier.subscribe({ boardId: board.id, workspaceId: board.workspaceId }, () => wakes.push("wake"));
    const stream = openStream(database.db, notifier, board);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const before = wakes.length;
    await expect(
      database.db.$transaction(async (tx) => {
        await recordActivity(tx, editor.actor, { boardId: board.id, entityType: "board", entityId: board.id, action: "updated", before: null, after: { rolledBack: true } });
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    const created = await createEvidence(database.db, editor.actor, board.id, evidence("Live: after a rollback"));
    await stream.waitFor((e) => e.entityId === created.id);
    // Notifications arrive in commit order: the committed write's is the only one.
    expect(wakes.length - before).toBe(1);
    expect(stream.received.some((e) => e.after?.rolledBack === true)).toBe(false);
    unsubscribe();
    stream.close();
  });

  it("does not lose an entry whose notification never came: the safety poll finds it in the log", async () => {
    const polling = createActivityNotifier(database.db, database.config, { safetyPollMs: 200 });
    const stream = openStream(database.db, polling, board);
    await new Promise((resolve) => setTimeout(resolve, 500));
    // Written past recordActivity, with no wake; on PostgreSQL with the log's notify trigger off for this transaction.
    const silent = await database.db.$transaction(async (tx) => {
      if (provider === "postgresql") await tx.$executeRawUnsafe("SET LOCAL session_replication_role = replica");
      return tx.activityEntry.create({
        data: { workspaceId: board.workspaceId, boardId: board.id, entityType: "board", entityId: board.id, action: "updated", before: "null", after: '{"silent":true}' },
      });
    });
    const entry = await stream.waitFor((e) => e.id === silent.id);
    expect(entry.after).toEqual({ silent: true });
    stream.close();
    await polling.close();
  });

  it("carries the workspace's own changes to its boards' streams: a member's new role", async () => {
    const checker = await createTestMember(database.db, board.workspaceId, "checker", "Chen Live");
    const member = openStream(database.db, notifier, board, "member");
    const reader = openStream(database.db, notifier, board, "reader");
    await new Promise((resolve) => setTimeout(resolve, 500));
    await changeMemberRole(database.db, owner.actor, board.workspaceId, checker.userId, "editor");
    const seen = await member.waitFor((e) => e.entityType === "membership" && e.after?.userId === checker.userId);
    expect(seen).toMatchObject({ boardId: null, action: "updated", actorId: owner.userId, before: { role: "checker" }, after: { role: "editor" } });
    // A reader of a public board isn't told about members: the entry written after the role change arrives alone.
    const created = await createEvidence(database.db, editor.actor, board.id, evidence("Live: after a role change"));
    await reader.waitFor((e) => e.entityId === created.id);
    expect(reader.received.filter((e) => e.entityType === "membership")).toEqual([]);
    member.close();
    reader.close();
  });

  it("does not wake a stream for another board's changes", async () => {
    const otherBoardId = (await importSeedBoard(database.db, { ...plan, seedKey: `${plan.seedKey}-other` })).boardId;
    const other = await database.db.board.findUniqueOrThrow({ where: { id: otherBoardId }, select: { id: true, workspaceId: true } });
    const wakes: string[] = [];
    const unsubscribe = notifier.subscribe({ boardId: board.id, workspaceId: board.workspaceId }, () => wakes.push("this board"));
    const otherStream = openStream(database.db, notifier, other);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const before = wakes.length;
    const created = await createEvidence(database.db, editor.actor, other.id, evidence("Live: on the other board"));
    await otherStream.waitFor((e) => e.entityId === created.id);
    expect(wakes.length).toBe(before);
    unsubscribe();
    otherStream.close();
  });

  it.runIf(provider === "postgresql")("reaches a stream served by another instance (another client and notifier)", async () => {
    const second = createPrismaClient(database.config);
    const actor: TActor = editor.actor;
    try {
      const stream = openStream(database.db, notifier, board);
      await new Promise((resolve) => setTimeout(resolve, 500));
      const created = await createEvidence(second, actor, board.id, evidence("Live: written by instance two"));
      const entry = await stream.waitFor((e) => e.entityId === created.id);
      expect(entry.actorId).toBe(editor.userId);
      stream.close();
    } finally {
      await second.$disconnect();
    }
  });
});
