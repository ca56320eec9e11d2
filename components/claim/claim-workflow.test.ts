import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { TBoardView, TBoardViewer, TClaimView, TCorrectionView } from "@/lib/board/types";
import { testBoard, testClaim } from "@/lib/testing/test-board";
import { VERDICT_SCALE } from "@/lib/verdicts/verdict-scale";
import { BoardProvider } from "../board/board-store";
import { ClaimPanel } from "./claim-panel";
import { ClaimWorkflow } from "./claim-workflow";

const MEMBERS: TBoardView["members"] = [
  { userId: "ann", name: "Ann Checker", email: null, role: "checker" },
  { userId: "bo", name: "Bo Editor", email: null, role: "editor" },
  { userId: "di", name: "Di Editor", email: null, role: "editor" },
  { userId: "cy", name: "Cy Viewer", email: null, role: "viewer" },
];
const AS: Record<string, TBoardViewer> = {
  checker: { userId: "ann", name: "Ann Checker", role: "checker" },
  editor: { userId: "bo", name: "Bo Editor", role: "editor" },
  otherEditor: { userId: "di", name: "Di Editor", role: "editor" },
  viewer: { userId: "cy", name: "Cy Viewer", role: "viewer" },
  anonymous: { userId: null, name: null, role: null },
};

function render(claim: TClaimView, viewer: TBoardViewer, corrections: TCorrectionView[] = [], whole = false): string {
  const board = {
    ...testBoard(),
    id: "b1",
    workspaceId: "w1",
    title: "Board",
    description: "",
    visibility: "public",
    graphDirection: "TB",
    archivedAt: null,
    article: { id: "a1", title: null, byline: null, publisher: null, publishedOn: null, url: null, text: "c1", contentHash: "" },
    claims: [claim],
    corrections,
    members: MEMBERS,
    viewer,
    verdictScale: VERDICT_SCALE,
  } as TBoardView;
  // Children go as createElement's third argument; its props type still names them.
  const props = { initialBoard: board } as Parameters<typeof BoardProvider>[0];
  const inside = whole ? createElement(ClaimPanel, { claimId: claim.id, onClose: () => {} }) : createElement(ClaimWorkflow, { claim });
  return renderToStaticMarkup(createElement(BoardProvider, props, inside));
}

const buttons = (html: string) => [...html.matchAll(/<button[^>]*>([^<]*)<\/button>/g)].map((match) => match[1]);

const researching = { ...testClaim("c1"), stage: "researching" as const, assigneeId: "ann" };
const inReview = {
  ...researching,
  stage: "ready_for_review" as const,
  proposedVerdict: "disputed" as const,
  proposedRationale: "Officials deny it.",
  proposedById: "bo",
};
const published = {
  ...researching,
  stage: "published" as const,
  verdict: "false" as const,
  verdictRationale: "The ministry withdrew it.",
  proposedById: "ann",
  approvedById: "bo",
  publishedAt: "2008-04-02T09:00:00.000Z",
};

describe("ClaimWorkflow", () => {
  it("offers each role only the commands the rules allow now", () => {
    expect(buttons(render(testClaim("c1"), AS.checker!))).toEqual(["Take"]);
    expect(buttons(render(testClaim("c1"), AS.editor!))).toEqual(["Set due date", "Assign", "Take"]);
    expect(buttons(render(researching, AS.checker!))).toEqual(["Send to review"]);
    // Bo proposed it, so only another editor may approve; both may return it.
    expect(buttons(render(inReview, AS.editor!))).toEqual(["Set due date", "Return"]);
    expect(buttons(render(inReview, AS.otherEditor!))).toEqual(["Set due date", "Approve and publish", "Return"]);
    expect(buttons(render(published, AS.editor!))).toEqual(["Set due date", "Correct verdict"]);
  });

  it("gives viewers and anonymous readers no buttons, but the whole record", () => {
    for (const viewer of [AS.viewer!, AS.anonymous!]) {
      const html = render(published, viewer);
      expect(buttons(html)).toEqual([]);
      expect(html).toContain("Published verdict");
      expect(html).toContain("Proposed by Ann Checker, approved by Bo Editor on 2 Apr 2008.");
      expect(html).toContain("The ministry withdrew it.");
    }
  });

  it("shows the stage as a word with a glyph, the assignee by name, and a pending proposal with its proposer", () => {
    const html = render(inReview, AS.checker!);
    expect(html).toContain('aria-labelledby="workflow-c1"');
    expect(html).toMatch(/<h3[^>]*>Workflow<\/h3>/);
    expect(html).toMatch(/data-stage="ready_for_review"[^>]*><span class="icon" aria-hidden="true">◑<\/span>Ready for review/);
    expect(html).toContain("Ann Checker");
    expect(html).toContain("Proposed verdict, waiting for review");
    expect(html).toContain("by Bo Editor");
    expect(html).toMatch(/data-verdict="disputed"/);
  });

  it("shows each correction note to every reader", () => {
    const correction: TCorrectionView = {
      id: "k1",
      claimId: "c1",
      fromVerdict: "disputed",
      toVerdict: "false",
      reason: "The ministry withdrew its figure.",
      correctedById: "di",
      createdAt: "2008-04-05T12:00:00.000Z",
    };
    const text = render(published, AS.anonymous!, [correction]).replace(/<[^>]+>/g, "");
    expect(text).toContain("Corrected on 5 Apr 2008: was ⇄Disputed, now ✗False. Reason: The ministry withdrew its figure.");
    expect(text).toContain("Correction by Di Editor");
  });

  it("leaves editing controls out of the panel for viewers and anonymous readers", () => {
    const claim = testClaim("c1");
    const editorPanel = buttons(render(claim, AS.editor!, [], true));
    for (const name of ["Edit claim", "+ New evidence", "Remove link", "+ Relate to another claim", "Delete claim", "Take"]) {
      expect(editorPanel).toContain(name);
    }
    for (const viewer of [AS.viewer!, AS.anonymous!]) {
      const html = render(claim, viewer, [], true);
      for (const name of ["Edit claim", "+ New evidence", "Remove link", "+ Relate to another claim", "Delete claim", "Take"]) {
        expect(buttons(html)).not.toContain(name);
      }
      expect(html).not.toContain("<select");
      expect(html).toContain("Workflow");
    }
  });
});
