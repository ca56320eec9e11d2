import { describe, expect, it } from "vitest";
import { testActivityEntry } from "@/lib/testing/test-activity";
import type { TBoardView } from "@/lib/board/types";
import { testBoard, testClaim } from "@/lib/testing/test-board";
import { activityToBoardEvent } from "./activity-to-board-event";
import { boardReducer } from "./board-reducer";
import { VERDICT_SCALE } from "@/lib/verdicts/verdict-scale";

const entry = testActivityEntry;

describe("activityToBoardEvent", () => {
  it("replays a teammate's verdict change on the local board", () => {
    const claim = { ...testClaim("c1"), verdict: "false" as const, version: 2 };
    const event = activityToBoardEvent(entry({ after: claim }));
    expect(event).toEqual({ type: "claimSaved", claim });
  });
  it("maps deletions to the removals that cascade like the server's", () => {
    expect(activityToBoardEvent(entry({ entityType: "evidence", entityId: "e1", action: "deleted" }))).toEqual({ type: "evidenceDeleted", evidenceId: "e1" });
    expect(activityToBoardEvent(entry({ entityType: "link", entityId: "l1", action: "deleted" }))).toEqual({ type: "linkDeleted", linkId: "l1" });
    expect(activityToBoardEvent(entry({ entityType: "comment", entityId: "m1" }))).toBeNull();
  });
  it("replays undercuts and premise groups, saved and deleted", () => {
    const undercut = { id: "u1", fromClaimId: "c1", target: { type: "link", id: "l1" }, note: "" };
    expect(activityToBoardEvent(entry({ entityType: "undercut", entityId: "u1", action: "created", after: undercut }))).toEqual({ type: "undercutSaved", undercut });
    expect(activityToBoardEvent(entry({ entityType: "undercut", entityId: "u1", action: "deleted" }))).toEqual({ type: "undercutDeleted", undercutId: "u1" });
    const group = { id: "g1", premiseClaimIds: ["c1", "c2"], toClaimId: "c3", type: "supports", note: "" };
    expect(activityToBoardEvent(entry({ entityType: "premise_group", entityId: "g1", action: "updated", after: group }))).toEqual({ type: "premiseGroupSaved", group });
    expect(activityToBoardEvent(entry({ entityType: "premise_group", entityId: "g1", action: "deleted" }))).toEqual({ type: "premiseGroupDeleted", groupId: "g1" });
  });
  it("replays a teammate making the board public or private", () => {
    const published = entry({ entityType: "board", entityId: "b", before: { visibility: "private" }, after: { visibility: "public" } });
    expect(activityToBoardEvent(published)).toEqual({ type: "boardVisibilityChanged", visibility: "public" });
  });
  it("replays a teammate renaming, archiving or restoring the board, and nothing for its creation", () => {
    const board = { ...testBoard(), title: "Old", archivedAt: null } as TBoardView;
    const renamed = activityToBoardEvent(entry({ entityType: "board", entityId: "b", action: "updated", before: { title: "Old" }, after: { title: "Renamed" } }));
    expect(renamed).toEqual({ type: "boardSettingsChanged", title: "Renamed" });
    expect(boardReducer(board, renamed!).title).toBe("Renamed");
    const archived = activityToBoardEvent(entry({ entityType: "board", entityId: "b", action: "updated", after: { archived: true, archivedAt: "2026-12-02T05:00:00.000Z" } }));
    expect(boardReducer(board, archived!)).toMatchObject({ title: "Old", archivedAt: "2026-12-02T05:00:00.000Z" });
    const restored = activityToBoardEvent(entry({ entityType: "board", entityId: "b", action: "updated", after: { archived: false } }));
    expect(boardReducer({ ...board, archivedAt: "2026-12-02T05:00:00.000Z" }, restored!).archivedAt).toBeNull();
    expect(activityToBoardEvent(entry({ entityType: "board", entityId: "b", action: "created", before: null, after: { title: "New" } }))).toBeNull();
  });
});

describe("boardReducer with replayed changes", () => {
  it("ignores an older version arriving after a newer one", () => {
    const board = { ...testBoard(), claims: [{ ...testClaim("c1"), version: 3, verdict: "disputed" as const }] } as TBoardView;
    const stale = { ...testClaim("c1"), version: 2, verdict: "false" as const };
    expect(boardReducer(board, { type: "claimSaved", claim: stale }).claims[0]!.verdict).toBe("disputed");
    const newer = { ...testClaim("c1"), version: 4, verdict: "false" as const };
    expect(boardReducer(board, { type: "claimSaved", claim: newer }).claims[0]!.verdict).toBe("false");
  });
});

describe("a teammate's verdict correction", () => {
  it("updates the claim and adds the correction note, without leaking the note into the claim", () => {
    const claim = { ...testClaim("c1"), stage: "published" as const, verdict: "false" as const, version: 5 };
    const correction = {
      id: "k1",
      claimId: "c1",
      fromVerdict: "disputed" as const,
      toVerdict: "false" as const,
      reason: "A later inquiry settled it.",
      correctedById: "u1",
      createdAt: "2024-05-01T10:00:00.000Z",
    };
    const event = activityToBoardEvent(entry({ action: "corrected", after: { ...claim, correction } }));
    expect(event).toEqual({ type: "claimSaved", claim, corrections: [correction] });
    const board = { ...testBoard(), claims: [{ ...testClaim("c1"), version: 4 }], corrections: [] } as unknown as TBoardView;
    const next = boardReducer(board, event!);
    expect(next.corrections).toEqual([correction]);
    expect(next.claims[0]).toEqual(claim);
    // Replayed again (the live stream looks back a few seconds): still one note.
    expect(boardReducer(next, event!).corrections).toHaveLength(1);
  });
});

describe("workspace-level changes on an open board", () => {
  const board = {
    ...testBoard(),
    verdictScale: VERDICT_SCALE,
    members: [{ userId: "u1", name: "Chen", email: "chen@example.test", role: "checker" as const }],
    viewer: { userId: "u1", name: "Chen", role: "checker" as const },
  } as unknown as TBoardView;
  const replay = (b: TBoardView, e: Parameters<typeof activityToBoardEvent>[0]) => {
    const event = activityToBoardEvent(e);
    return event ? boardReducer(b, event) : b;
  };
  it("adds a new member, so they can be mentioned and assigned", () => {
    const joined = entry({ boardId: null, entityType: "membership", action: "created", after: { userId: "u2", name: "Ann", role: "viewer", reason: "invitation" } });
    expect(replay(board, joined).members).toEqual([...board.members, { userId: "u2", name: "Ann", email: null, role: "viewer" }]);
  });
  it("follows a role change, the viewer's own included, and a removal", () => {
    const promoted = entry({ boardId: null, entityType: "membership", action: "updated", before: { userId: "u1", name: "Chen", role: "checker" }, after: { userId: "u1", name: "Chen", role: "editor" } });
    const after = replay(board, promoted);
    expect(after.members[0]).toEqual({ userId: "u1", name: "Chen", email: "chen@example.test", role: "editor" });
    expect(after.viewer.role).toBe("editor");
    const removed = entry({ boardId: null, entityType: "membership", action: "deleted", before: { userId: "u1", name: "Chen", role: "editor" }, after: { reason: "removed by an owner" } });
    expect(replay(after, removed)).toMatchObject({ members: [], viewer: { userId: "u1", role: null } });
  });
  it("shows a new verdict scale, and ignores a malformed one", () => {
    const renamed = entry({ boardId: null, entityType: "workspace", action: "updated", after: { verdictScale: { false: { label: "Wrong" } } } });
    const scale = replay(board, renamed).verdictScale;
    expect(scale.false).toMatchObject({ label: "Wrong", icon: VERDICT_SCALE.false.icon, color: VERDICT_SCALE.false.color });
    expect(replay(board, entry({ boardId: null, entityType: "workspace", after: { verdictScale: { nope: {} } } }))).toBe(board);
    expect(replay(board, entry({ boardId: null, entityType: "workspace", after: { verdictScale: null } })).verdictScale).toEqual(VERDICT_SCALE);
  });
});
