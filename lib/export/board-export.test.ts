import { describe, expect, it } from "vitest";
import type { TBoardViewWithText } from "@/lib/board/types";
import { testBoard, testClaim } from "@/lib/testing/test-board";
import { resolveVerdictScale } from "@/lib/verdicts/verdict-scale-overrides";
import { BOARD_EXPORT_FORMAT, buildBoardExport, ZBoardExportV2 } from "./board-export";

function boardView(rows: Partial<TBoardViewWithText> = {}): TBoardViewWithText {
  return {
    id: "b1",
    workspaceId: "w1",
    title: "Board",
    description: "",
    visibility: "private",
    graphDirection: "TB",
  archivedAt: null,
    article: { id: "a1", title: null, byline: null, publisher: null, publishedOn: null, url: null, text: "text", contentHash: "x" },
    ...testBoard(),
    undercuts: [],
    premiseGroups: [],
    corrections: [],
    members: [],
    viewer: { userId: null, name: null, role: null },
    verdictScale: resolveVerdictScale(null),
    ...rows,
  };
}

describe("buildBoardExport", () => {
  it("writes v2: each claim's base score and computed strength, and that the strengths settled", () => {
    const board = boardView();
    board.claims[0] = { ...board.claims[0]!, baseScore: 0.7 };
    const exported = ZBoardExportV2.parse(buildBoardExport(board, new Date("2026-12-01T00:00:00Z")));
    expect(exported.format).toBe(BOARD_EXPORT_FORMAT);
    expect(exported.strengthSettled).toBe(true);
    const [c1, c2, c3] = exported.claims;
    expect(c1).toMatchObject({ id: "c1", baseScore: 0.7 });
    // c1: τ 0.7, supported 0.36, attacked by c2 at 0.32: 0.7 + 0.3 × 0.04
    expect(c1!.strength).toBeCloseTo(0.712, 12);
    expect(c2).toMatchObject({ id: "c2", baseScore: 0.5 });
    expect(c2!.strength).toBeCloseTo(0.32, 12);
    expect(c3!.strength).toBeCloseTo(0.5 + 0.5 * 0.712, 12);
    expect(exported).toMatchObject({ undercuts: [], premiseGroups: [] });
  });

  it("writes null strengths and strengthSettled false when the strengths do not settle", () => {
    const board = boardView({
      claims: [
        { ...testClaim("a"), baseScore: 1 },
        { ...testClaim("b"), baseScore: 1 },
      ],
      links: [],
      relations: [
        { id: "r1", fromClaimId: "a", toClaimId: "b", type: "attacks", note: "" },
        { id: "r2", fromClaimId: "b", toClaimId: "a", type: "attacks", note: "" },
      ],
    });
    const exported = buildBoardExport(board, new Date());
    expect(exported.strengthSettled).toBe(false);
    expect(exported.claims.map((claim) => [claim.baseScore, claim.strength])).toEqual([
      [1, null],
      [1, null],
    ]);
  });
});
