// A whole board view for unit tests of what is built from one (reports, CSV): empty but for what a test gives.
import type { TBoardViewWithText } from "../board/types";
import { VERDICT_SCALE } from "../verdicts/verdict-scale";

export function testBoardView(overrides: Partial<TBoardViewWithText> = {}): TBoardViewWithText {
  return {
    id: "board1",
    workspaceId: "ws1",
    title: "Test board",
    description: "",
    visibility: "private",
    graphDirection: "TB",
    archivedAt: null,
    article: { id: "a1", title: null, byline: null, publisher: null, publishedOn: null, url: null, text: "", contentHash: "" },
    claims: [],
    evidence: [],
    links: [],
    relations: [],
    undercuts: [],
    premiseGroups: [],
    positions: {},
    corrections: [],
    members: [],
    viewer: { userId: null, name: null, role: null },
    verdictScale: VERDICT_SCALE,
    ...overrides,
  };
}
