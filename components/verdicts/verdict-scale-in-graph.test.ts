import { describe, expect, it } from "vitest";
import { buildBoardGraph } from "@/lib/graph/build-board-graph";
import { testBoard } from "@/lib/testing/test-board";
import { resolveVerdictScale } from "@/lib/verdicts/verdict-scale-overrides";
import { toFlowNodes } from "../graph/to-flow-elements";

const laidOut = { c1: { x: 0, y: 0 }, c2: { x: 0, y: 0 }, c3: { x: 0, y: 0 }, e1: { x: 0, y: 0 }, e2: { x: 0, y: 0 }, e3: { x: 0, y: 0 } };

describe("graph nodes on a workspace's own verdict scale", () => {
  const board = testBoard();
  const graph = buildBoardGraph(board);
  const custom = resolveVerdictScale({ verified: { label: "Correct" } });

  it("announce the verdict in the workspace's words", () => {
    const nodes = toFlowNodes(graph, board, {}, laidOut, "TB", custom);
    expect(nodes.find((node) => node.id === "c1")?.ariaLabel).toMatch(/^Claim: Statement c1\. Verdict: Correct\. /);
  });

  it("keep each node's data object when only the scale changes, so memoized nodes are not re-rendered for it", () => {
    const before = toFlowNodes(graph, board, {}, laidOut, "TB");
    const after = toFlowNodes(graph, board, {}, laidOut, "TB", custom);
    const c1Before = before.find((node) => node.id === "c1");
    const c1After = after.find((node) => node.id === "c1");
    expect(c1After?.data).toBe(c1Before?.data);
    expect(c1Before?.ariaLabel).toContain("Verdict: Verified.");
    expect(c1After?.ariaLabel).toContain("Verdict: Correct.");
  });
});
