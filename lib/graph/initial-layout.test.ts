import { describe, expect, it } from "vitest";
import { autoLayout } from "./auto-layout";
import { INSTANT_LAYOUT_MAX_ELEMENTS, layoutNodesKey } from "./layout-keys";
import { buildBoardGraph } from "./build-board-graph";
import { initialGraphLayout } from "./initial-layout";
import { testClaim, testEvidence, testLink } from "../testing/test-board";
import { testBoardView } from "../testing/test-board-view";

const board = (claims: number, positions: Record<string, { x: number; y: number }> = {}) =>
  testBoardView({
    claims: Array.from({ length: claims }, (_, i) => testClaim(`c${i}`)),
    evidence: [testEvidence("e0")],
    links: [testLink("l0", "e0", "c0", "supports")],
    positions,
    graphDirection: "LR",
  });

describe("initialGraphLayout", () => {
  it("lays out a small board the browser would lay out, as the browser would, named by its node set", () => {
    const small = board(3);
    const graph = buildBoardGraph(small);
    expect(initialGraphLayout(small)).toEqual({ nodesKey: layoutNodesKey(graph, "LR"), positions: autoLayout(graph, "LR") });
  });

  it("is null when every node has a saved position", () => {
    const saved = { c0: { x: 0, y: 0 }, c1: { x: 1, y: 0 }, c2: { x: 2, y: 0 }, e0: { x: 3, y: 0 } };
    expect(initialGraphLayout(board(3, saved))).toBeNull();
    // One node without a position is enough to need a layout.
    expect(initialGraphLayout(board(3, { c0: saved.c0, c1: saved.c1, e0: saved.e0 }))).not.toBeNull();
  });

  it("reuses the layout of a graph it has laid out, and lays out afresh when an edge changes", () => {
    const first = initialGraphLayout(board(5));
    expect(initialGraphLayout(board(5))).toBe(first);
    const relinked = { ...board(5), links: [testLink("l0", "e0", "c4", "supports")] };
    const again = initialGraphLayout(relinked);
    expect(again).not.toBe(first);
    expect(again).toEqual({ nodesKey: first!.nodesKey, positions: autoLayout(buildBoardGraph(relinked), "LR") });
  });

  it("leaves a board bigger than an instant layout to the browser's worker", () => {
    // n claims + 1 evidence + 1 link: just over the limit.
    expect(initialGraphLayout(board(INSTANT_LAYOUT_MAX_ELEMENTS - 1))).toBeNull();
    expect(initialGraphLayout(board(INSTANT_LAYOUT_MAX_ELEMENTS - 2))).not.toBeNull();
  });
});
