import { describe, expect, it } from "vitest";
import type { TBoardViewer, TClaimView } from "../board/types";
import { testClaim } from "../testing/test-board";
import { INCONSISTENT_REFUSAL, SIGN_IN_REFUSAL, checkBoardMove, checkCommand } from "./review-moves";

const claim = (overrides: Partial<TClaimView> = {}): TClaimView => ({ ...testClaim("c"), ...overrides });
const editor: TBoardViewer = { userId: "u-editor", name: "Edith", role: "editor" };
const checker: TBoardViewer = { userId: "u-checker", name: "Chen", role: "checker" };
const viewer: TBoardViewer = { userId: "u-viewer", name: "Vi", role: "viewer" };
const reader: TBoardViewer = { userId: null, name: null, role: null };

const inReview = claim({ stage: "ready_for_review", assigneeId: "u-checker", proposedVerdict: "false", proposedRationale: "The figures say otherwise.", proposedById: "u-editor" });

describe("checkBoardMove", () => {
  it("takes an unassigned claim dragged to Researching", () => {
    expect(checkBoardMove(claim(), "researching", checker)).toEqual({ ok: true, command: "take", needsInput: false });
  });

  it("asks for input before proposing and returning", () => {
    const mine = claim({ stage: "researching", assigneeId: "u-checker" });
    expect(checkBoardMove(mine, "ready_for_review", checker)).toEqual({ ok: true, command: "propose", needsInput: true });
    expect(checkBoardMove({ ...inReview, proposedById: "u-checker" }, "returned", editor)).toEqual({
      ok: true,
      command: "return",
      needsInput: true,
    });
  });

  it("explains a move no command makes", () => {
    const result = checkBoardMove(claim(), "published", editor);
    expect(result).toEqual({ ok: false, reason: "Only a claim in Ready for review can be published, by approving it." });
  });

  it("refuses an editor approving their own proposal", () => {
    const result = checkBoardMove(inReview, "published", editor);
    expect(result).toEqual({ ok: false, reason: "You proposed this verdict, so another editor must approve it." });
  });

  it("refuses a checker approving, a viewer taking, and anyone who is not signed in", () => {
    expect(checkBoardMove(inReview, "published", checker)).toMatchObject({ ok: false, reason: expect.stringMatching(/^Only editors and owners can approve/) });
    expect(checkBoardMove(claim(), "researching", viewer)).toMatchObject({ ok: false, reason: expect.stringMatching(/^Viewers can read/) });
    expect(checkBoardMove(claim(), "researching", reader)).toEqual({ ok: false, reason: SIGN_IN_REFUSAL });
  });

  it("refuses a checker sending someone else's claim to review", () => {
    const theirs = claim({ stage: "researching", assigneeId: "u-other" });
    expect(checkBoardMove(theirs, "ready_for_review", checker)).toMatchObject({ ok: false, reason: expect.stringMatching(/assigned to someone else/) });
  });
});

describe("checkCommand", () => {
  it("refuses, rather than throws, for a claim whose columns contradict its stage", () => {
    const broken = claim({ stage: "researching", assigneeId: null });
    expect(checkCommand(broken, "unassign", editor)).toEqual({ ok: false, reason: INCONSISTENT_REFUSAL });
  });

  it("lets editors assign and refuses checkers with the rule's reason", () => {
    expect(checkCommand(claim(), "assign", editor)).toEqual({ ok: true });
    expect(checkCommand(claim(), "assign", checker)).toMatchObject({ ok: false, reason: expect.stringMatching(/^Only editors and owners can assign/) });
    expect(checkCommand(inReview, "assign", editor)).toMatchObject({ ok: false, reason: expect.stringMatching(/waiting for review/) });
  });
});
