import { describe, expect, it } from "vitest";
import type { TBoardViewWithText, TClaimView } from "@/lib/board/types";
import { testClaim } from "@/lib/testing/test-board";
import { VERDICT_SCALE } from "@/lib/verdicts/verdict-scale";
import { boardReducer } from "./board-reducer";

const claim = (id: string, start: number, end: number): TClaimView => ({
  ...testClaim(id),
  id,
  statement: id,
  selector: { exact: "x", prefix: "", suffix: "", start, end },
  speaker: "",
  kind: "other",
  checkable: true,
  checkworthiness: 0.5,
  verdict: "unverified",
  verdictRationale: "",
  version: 1,
  updatedAt: "2026-01-01T00:00:00.000Z",
});

const board = (): TBoardViewWithText => ({
  id: "b",
  title: "B",
  description: "",
  visibility: "private",
  graphDirection: "TB",
  archivedAt: null,
  article: { id: "a", title: null, byline: null, publisher: null, publishedOn: null, url: null, text: "", contentHash: "" },
  claims: [claim("c1", 0, 5), claim("c2", 10, 20), claim("c3", 30, 40), claim("c4", 50, 60)],
  evidence: [{ id: "e1", title: "E", url: null, publisher: null, publishedOn: null, excerpt: "", sourceType: "other", reliability: 3, provenance: "", version: 1 }],
  links: [
    { id: "l1", claimId: "c1", evidenceId: "e1", stance: "supports", strength: 3, note: "" },
    { id: "l2", claimId: "c2", evidenceId: "e1", stance: "disputes", strength: 3, note: "" },
  ],
  relations: [{ id: "r1", fromClaimId: "c1", toClaimId: "c2", type: "supports", note: "" }],
  undercuts: [
    { id: "u1", fromClaimId: "c3", target: { type: "relation", id: "r1" }, note: "" },
    { id: "u2", fromClaimId: "c3", target: { type: "link", id: "l2" }, note: "" },
  ],
  premiseGroups: [{ id: "g1", premiseClaimIds: ["c3", "c4"], toClaimId: "c2", type: "attacks", note: "" }],
  positions: { c1: { x: 1, y: 1 }, e1: { x: 2, y: 2 } },
  workspaceId: "w",
  corrections: [],
  members: [],
  viewer: { userId: "u", name: "U", role: "editor" },
  verdictScale: VERDICT_SCALE,
});

describe("boardReducer", () => {
  it("keeps claims in reading order when one is added", () => {
    const next = boardReducer(board(), { type: "claimSaved", claim: claim("c5", 6, 8) });
    expect(next.claims.map((c) => c.id)).toEqual(["c1", "c5", "c2", "c3", "c4"]);
  });
  it("replaces an updated claim in place", () => {
    const next = boardReducer(board(), { type: "claimSaved", claim: { ...claim("c2", 10, 20), verdict: "false" } });
    expect(next.claims.slice(0, 2).map((c) => [c.id, c.verdict])).toEqual([["c1", "unverified"], ["c2", "false"]]);
  });
  it("drops a deleted claim's links, relations and position, as the server does", () => {
    const next = boardReducer(board(), { type: "claimDeleted", claimId: "c1" });
    expect(next.links.map((l) => l.id)).toEqual(["l2"]);
    expect(next.relations).toEqual([]);
    expect(next.positions).toEqual({ e1: { x: 2, y: 2 } });
  });
  it("drops a deleted evidence item's links, and the undercuts on them", () => {
    const next = boardReducer(board(), { type: "evidenceDeleted", evidenceId: "e1" });
    expect(next.links).toEqual([]);
    expect(next.evidence).toEqual([]);
    expect(next.undercuts.map((u) => u.id)).toEqual(["u1"]);
  });
  it("drops undercuts on a deleted relation or from a deleted claim", () => {
    expect(boardReducer(board(), { type: "relationDeleted", relationId: "r1" }).undercuts.map((u) => u.id)).toEqual(["u2"]);
    expect(boardReducer(board(), { type: "claimDeleted", claimId: "c1" }).undercuts.map((u) => u.id)).toEqual(["u2"]);
    expect(boardReducer(board(), { type: "claimDeleted", claimId: "c3" }).undercuts).toEqual([]);
  });
  it("drops a premise group when its target or one of its premises goes", () => {
    expect(boardReducer(board(), { type: "claimDeleted", claimId: "c4" }).premiseGroups).toEqual([]);
    expect(boardReducer(board(), { type: "claimDeleted", claimId: "c2" }).premiseGroups).toEqual([]);
    expect(boardReducer(board(), { type: "claimDeleted", claimId: "c1" }).premiseGroups.map((g) => g.id)).toEqual(["g1"]);
  });
  it("adds, replaces and removes undercuts and premise groups", () => {
    const undercut = { id: "u3", fromClaimId: "c4", target: { type: "link" as const, id: "l1" }, note: "" };
    const added = boardReducer(board(), { type: "undercutSaved", undercut });
    expect(added.undercuts.map((u) => u.id)).toEqual(["u1", "u2", "u3"]);
    expect(boardReducer(added, { type: "undercutSaved", undercut: { ...undercut, note: "n" } }).undercuts.at(-1)!.note).toBe("n");
    expect(boardReducer(added, { type: "undercutDeleted", undercutId: "u1" }).undercuts.map((u) => u.id)).toEqual(["u2", "u3"]);
    const group = { ...board().premiseGroups[0]!, type: "supports" as const };
    expect(boardReducer(board(), { type: "premiseGroupSaved", group }).premiseGroups).toEqual([group]);
    expect(boardReducer(board(), { type: "premiseGroupDeleted", groupId: "g1" }).premiseGroups).toEqual([]);
  });
  it("merges saved positions, or replaces them all after a re-layout", () => {
    expect(boardReducer(board(), { type: "positionsSaved", positions: { c2: { x: 5, y: 5 } }, replaceAll: false }).positions).toEqual({
      c1: { x: 1, y: 1 },
      e1: { x: 2, y: 2 },
      c2: { x: 5, y: 5 },
    });
    expect(boardReducer(board(), { type: "positionsSaved", positions: {}, replaceAll: true }).positions).toEqual({});
  });
});
