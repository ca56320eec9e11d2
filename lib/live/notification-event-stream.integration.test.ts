import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LOCAL_OWNER } from "../data/actor";
import { loadMemberActor } from "../data/members/load-member-actor";
import { removeMember } from "../data/members/remove-member";
import { listNotifications } from "../data/notifications/list-notifications";
import { markNotificationsRead } from "../data/notifications/mark-notifications-read";
import { importSeedBoard } from "../data/seed/import-seed-board";
import { applyClaimWorkflowCommand } from "../data/workflow/apply-claim-workflow-command";
import { BASRA_SEED_KEY, readSeedBoard } from "../seed/read-seed-board";
import { createTestDatabase, TEST_PROVIDERS, type TTestDatabase } from "../testing/test-databases";
import { createTestMember, type TTestMember } from "../testing/test-members";
import { createActivityNotifier, type TActivityNotifier } from "./activity-notifier";
import { createNotificationEventStream, type TNotificationEvent } from "./notification-event-stream";

const plan = readSeedBoard(BASRA_SEED_KEY);
// Long enough that, within a test, only a notification can wake a stream.
const NO_SAFETY_POLL = 3_600_000;
const WAIT_MS = 10_000;

describe.each(TEST_PROVIDERS)("a person's notification stream on %s", (provider) => {
  let database: TTestDatabase;
  let board: { id: string; workspaceId: string };
  let editor: TTestMember;
  let checker: TTestMember;
  let notifier: TActivityNotifier;
  let claimIds: string[];
  beforeAll(async () => {
    database = await createTestDatabase(provider);
    const boardId = (await importSeedBoard(database.db, plan)).boardId;
    board = await database.db.board.findUniqueOrThrow({ where: { id: boardId }, select: { id: true, workspaceId: true } });
    editor = await createTestMember(database.db, board.workspaceId, "editor", "Eda Live");
    checker = await createTestMember(database.db, board.workspaceId, "checker", "Chen Live");
    notifier = createActivityNotifier(database.db, database.config, { safetyPollMs: NO_SAFETY_POLL });
    claimIds = (await database.db.claim.findMany({ where: { boardId, stage: "unassigned" }, orderBy: { number: "asc" }, take: 3 })).map((c) => c.id);
  });
  afterAll(async () => {
    // Let a read woken by the last write finish before the database goes.
    await new Promise((resolve) => setTimeout(resolve, 500));
    await notifier?.close();
    await database?.drop();
  });

  function openStream(member: TTestMember) {
    const abort = new AbortController();
    const received: TNotificationEvent[] = [];
    const stream = createNotificationEventStream({
      signal: abort.signal,
      read: async () => listNotifications(database.db, await loadMemberActor(database.db, member.userId)),
      sessionValid: async () => true,
      subscribe: (wake) => notifier.subscribePerson({ userId: member.userId, workspaceIds: [board.workspaceId] }, wake),
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
          if (data) received.push(JSON.parse(data.slice("data: ".length)) as TNotificationEvent);
        }
      }
    })();
    const waitFor = async (match: (event: TNotificationEvent) => boolean) => {
      const start = Date.now();
      while (Date.now() - start < WAIT_MS) {
        const found = received.find(match);
        if (found) return found;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      throw new Error(`no matching event within ${WAIT_MS} ms; got ${JSON.stringify(received.map((e) => e.unreadCount))}`);
    };
    return { received, waitFor, close: () => abort.abort() };
  }

  it("starts from the unread count, then sends a new notification as its write commits, with no poll", async () => {
    const stream = openStream(checker);
    await stream.waitFor((event) => event.unreadCount === 0);
    // On PostgreSQL, let the LISTEN connection start.
    await new Promise((resolve) => setTimeout(resolve, 500));
    await applyClaimWorkflowCommand(database.db, editor.actor, board.id, claimIds[0]!, { type: "assign", assigneeId: checker.userId });
    const event = await stream.waitFor((e) => e.unreadCount === 1);
    expect(event.notifications).toMatchObject([{ kind: "assigned", actorName: "Eda Live", claim: { claimId: claimIds[0] } }]);
    stream.close();
  });

  it("tells the person's other tabs at once when they mark notifications read, with no poll", async () => {
    const tabs = [openStream(checker), openStream(checker)];
    for (const tab of tabs) await tab.waitFor((event) => event.unreadCount === 1);
    await new Promise((resolve) => setTimeout(resolve, 500));
    await markNotificationsRead(database.db, checker.actor, { all: true });
    for (const tab of tabs) await tab.waitFor((event) => event.unreadCount === 0);
    for (const tab of tabs) tab.close();
  });

  it("sends nothing to the person who acted, and nothing new once they leave the workspace", async () => {
    const editorStream = openStream(editor);
    const checkerStream = openStream(checker);
    await editorStream.waitFor(() => true);
    await checkerStream.waitFor((event) => event.unreadCount === 0);
    await new Promise((resolve) => setTimeout(resolve, 500));
    await applyClaimWorkflowCommand(database.db, editor.actor, board.id, claimIds[1]!, { type: "assign", assigneeId: checker.userId });
    await checkerStream.waitFor((e) => e.unreadCount === 1);
    expect(editorStream.received.map((e) => e.unreadCount)).toEqual([0]);

    await removeMember(database.db, LOCAL_OWNER, board.workspaceId, checker.userId);
    // The removal is in the workspace's log: the stream wakes and the count it sends is now nothing.
    await checkerStream.waitFor((e) => e.unreadCount === 0 && checkerStream.received.length > 2);
    editorStream.close();
    checkerStream.close();
  });
});
