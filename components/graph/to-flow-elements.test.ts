import { Position } from "@xyflow/react";
import { describe, expect, it } from "vitest";
import { buildBoardGraph } from "@/lib/graph/build-board-graph";
import { markerId } from "./edge-markers";
import { EDGE_STYLES } from "./edge-style";
import { CLAIM_NODE_SIZE, EVIDENCE_NODE_SIZE } from "@/lib/graph/layout-boxes";
import { testBoard, testClaim } from "@/lib/testing/test-board";
import {
  HANDLE_SIZE,
  createEdgeCache,
  linkPair,
  reconcileNodes,
  toFlowEdges,
  toFlowNodes,
  type TGraphFlowNode,
} from "./to-flow-elements";

const laidOut = { c1: { x: 10, y: 20 }, c2: { x: 30, y: 40 }, c3: { x: 50, y: 60 }, e1: { x: 1, y: 2 }, e2: { x: 3, y: 4 }, e3: { x: 5, y: 6 } };

function nodesFor(board = testBoard(), direction: "TB" | "LR" = "TB") {
  return toFlowNodes(buildBoardGraph(board), board, board.positions, laidOut, direction);
}

describe("toFlowNodes", () => {
  it("makes a claim or evidence node per graph node, with small display data", () => {
    const nodes = nodesFor();
    expect(nodes.map((node) => `${node.type}:${node.id}`).sort()).toEqual(
      ["claim:c1", "claim:c2", "claim:c3", "evidence:e1", "evidence:e2", "evidence:e3"].sort(),
    );
    const c3 = nodes.find((node) => node.id === "c3")!;
    expect(c3.data).toEqual({
      number: 3,
      statement: "Statement c3",
      verdict: "opinion",
      kind: "prediction",
      checkable: false,
      stage: "published",
      assigneeId: "u-checker",
      assigneeName: null,
    });
    const e1 = nodes.find((node) => node.id === "e1")!;
    expect(e1.data).toEqual({ title: "Title e1", publisher: "Office for National Statistics", sourceType: "news_report", reliability: 3 });
  });

  it("leaves out a node with no saved or laid-out position yet, rather than drawing it at the origin", () => {
    const board = testBoard();
    const partial = Object.fromEntries(Object.entries(laidOut).filter(([id]) => id !== "c2" && id !== "e3"));
    const nodes = toFlowNodes(buildBoardGraph(board), board, { e3: { x: 7, y: 8 } }, partial, "TB");
    expect(nodes.map((node) => node.id).sort()).toEqual(["c1", "c3", "e1", "e2", "e3"]);
    expect(nodes.find((node) => node.id === "e3")!.position).toEqual({ x: 7, y: 8 });
  });

  it("labels nodes for screen readers and tags them for tests", () => {
    const nodes = nodesFor();
    const c1 = nodes.find((node) => node.id === "c1")!;
    expect(c1.ariaLabel).toBe("Claim: Statement c1. Verdict: Verified. Kind: Quantity. Stage: Published.");
    expect(c1.domAttributes).toMatchObject({ "data-node-kind": "claim", "data-verdict": "verified", "data-stage": "published" });
    const c3 = nodes.find((node) => node.id === "c3")!;
    expect(c3.ariaLabel).toBe("Claim: Statement c3. Verdict: Opinion. Kind: Prediction. Not checkable. Stage: Published.");
    const e1 = nodes.find((node) => node.id === "e1")!;
    expect(e1.ariaLabel).toBe("Evidence: Title e1. Publisher: Office for National Statistics. News report. Reliability 3 of 5.");
    expect(e1.domAttributes).toMatchObject({ "data-node-kind": "evidence" });
  });

  it("names the assignee from the workspace's members, and renames when the members change", () => {
    const base = testBoard();
    const claims = [{ ...base.claims[0]!, stage: "researching" as const, assigneeId: "u1" }, { ...base.claims[1]!, stage: "researching" as const, assigneeId: "gone" }, base.claims[2]!];
    const members = [{ userId: "u1", name: "Ann Checker", email: null, role: "checker" as const }];
    const board = { ...base, claims, members };
    const nodes = toFlowNodes(buildBoardGraph(board), board, {}, laidOut, "TB");
    const c1 = nodes.find((node) => node.id === "c1")!;
    expect(c1.data).toMatchObject({ stage: "researching", assigneeId: "u1", assigneeName: "Ann Checker" });
    expect(c1.ariaLabel).toContain("Stage: Researching. Assigned to Ann Checker.");
    expect(nodes.find((node) => node.id === "c2")!.data).toMatchObject({ assigneeName: "a former member" });
    // Same members list: the same data object, so the memoized node does not re-render.
    expect(toFlowNodes(buildBoardGraph(board), board, {}, laidOut, "TB").find((node) => node.id === "c1")!.data).toBe(c1.data);
    const renamed = { ...board, members: [{ ...members[0]!, name: "Ann Reporter" }] };
    expect(toFlowNodes(buildBoardGraph(renamed), renamed, {}, laidOut, "TB").find((node) => node.id === "c1")!.data).toMatchObject({ assigneeName: "Ann Reporter" });
  });

  it("puts nodes at their saved position, else where the layout put them", () => {
    const board = { ...testBoard(), positions: { c2: { x: 999, y: -5 } } };
    const nodes = nodesFor(board);
    expect(nodes.find((node) => node.id === "c2")!.position).toEqual({ x: 999, y: -5 });
    expect(nodes.find((node) => node.id === "c1")!.position).toEqual({ x: 10, y: 20 });
  });

  it("gives nodes their size and handles up front, so nothing waits to be measured", () => {
    const [claim] = nodesFor().filter((node) => node.type === "claim");
    expect(claim!.measured).toEqual(CLAIM_NODE_SIZE);
    expect(claim!.width).toBe(CLAIM_NODE_SIZE.width);
    expect(claim!.handles).toEqual([
      expect.objectContaining({ type: "target", position: Position.Top, x: CLAIM_NODE_SIZE.width / 2 - HANDLE_SIZE / 2, y: -HANDLE_SIZE / 2 }),
      expect.objectContaining({ type: "source", position: Position.Bottom, y: CLAIM_NODE_SIZE.height - HANDLE_SIZE / 2 }),
    ]);
    const [evidence] = nodesFor(testBoard(), "LR").filter((node) => node.type === "evidence");
    expect(evidence!.measured).toEqual(EVIDENCE_NODE_SIZE);
    expect(evidence!.targetPosition).toBe(Position.Left);
    expect(evidence!.sourcePosition).toBe(Position.Right);
    expect(evidence!.handles).toEqual([
      expect.objectContaining({ type: "target", position: Position.Left, x: -HANDLE_SIZE / 2 }),
      expect.objectContaining({ type: "source", position: Position.Right, x: EVIDENCE_NODE_SIZE.width - HANDLE_SIZE / 2 }),
    ]);
  });

  it("keeps a node's data object while its claim is unchanged, and makes a new one when it changes", () => {
    const board = testBoard();
    const first = nodesFor(board);
    const again = nodesFor({ ...board });
    expect(again.find((n) => n.id === "c1")!.data).toBe(first.find((n) => n.id === "c1")!.data);
    const edited = { ...board, claims: board.claims.map((c) => (c.id === "c1" ? { ...c, verdict: "false" as const } : c)) };
    const after = nodesFor(edited);
    expect(after.find((n) => n.id === "c1")!.data).toMatchObject({ verdict: "false" });
    expect(after.find((n) => n.id === "c2")!.data).toBe(first.find((n) => n.id === "c2")!.data);
  });
});

describe("reconcileNodes", () => {
  it("returns the current array when nothing changed", () => {
    const board = testBoard();
    const current = nodesFor(board);
    expect(reconcileNodes(nodesFor({ ...board }), current)).toBe(current);
  });

  it("keeps unchanged nodes (with their selection) and replaces changed ones, keeping selection", () => {
    const board = testBoard();
    const current = nodesFor(board).map((node): TGraphFlowNode => (node.id === "c1" || node.id === "c2" ? { ...node, selected: true } : node));
    const moved = nodesFor({ ...board, positions: { c2: { x: 7, y: 7 } } });
    const next = reconcileNodes(moved, current);
    expect(next).not.toBe(current);
    expect(next.find((n) => n.id === "c1")).toBe(current.find((n) => n.id === "c1"));
    const c2 = next.find((n) => n.id === "c2")!;
    expect(c2.position).toEqual({ x: 7, y: 7 });
    expect(c2.selected).toBe(true);
  });

  it("drops nodes that are gone and adds new ones", () => {
    const board = testBoard();
    const current = nodesFor(board);
    const next = reconcileNodes(nodesFor({ ...board, claims: [...board.claims.slice(1), testClaim("c4")], positions: { c4: { x: 9, y: 9 } } }), current);
    expect(next.map((n) => n.id)).not.toContain("c1");
    expect(next.map((n) => n.id)).toContain("c4");
  });
});

describe("toFlowEdges", () => {
  const graph = buildBoardGraph(testBoard());

  it("styles evidence links by stance and claim relations by type, with a class per kind", () => {
    const edges = toFlowEdges(graph, true);
    const byId = new Map(edges.map((edge) => [edge.id, edge]));
    expect(byId.get("link:l1")).toMatchObject({ source: "e1", target: "c1", className: "graph-edge edge-supports", label: "supports" });
    expect(byId.get("link:l2")).toMatchObject({ className: "graph-edge edge-disputes", label: "disputes" });
    expect(byId.get("link:l3")).toMatchObject({ className: "graph-edge edge-context", label: "context" });
    expect(byId.get("relation:r1")).toMatchObject({ source: "c1", target: "c3", className: "graph-edge edge-relation-supports", label: "supports" });
    expect(byId.get("relation:r2")).toMatchObject({ className: "graph-edge edge-relation-attacks", label: "attacks" });
    expect(byId.get("link:l2")!.style).toBe(EDGE_STYLES.disputes.style);
    expect(byId.get("link:l2")!.markerEnd).toBe(markerId("disputes"));
    expect(byId.get("relation:r1")!.markerEnd).toBe(markerId("relation-supports"));
    expect(byId.get("link:l2")!.ariaLabel).toBe("Evidence disputes the claim");
    for (const edge of edges) expect(edge).toMatchObject({ selectable: false, focusable: false, deletable: false });
  });

  it("leaves the words off when asked (zoomed too far out to read them)", () => {
    const edges = toFlowEdges(graph, false);
    expect(edges.every((edge) => edge.label === undefined)).toBe(true);
    // The line still says its stance by its end and width.
    expect(edges.find((edge) => edge.id === "link:l2")).toMatchObject({ markerEnd: markerId("disputes"), style: EDGE_STYLES.disputes.style });
  });

  it("on big boards draws straight lines without a hit path, styles kept; curves with React Flow's hit path otherwise", () => {
    const cache = createEdgeCache();
    const curved = toFlowEdges(graph, true, cache);
    expect(curved.every((edge) => edge.type === undefined && edge.interactionWidth === undefined)).toBe(true);
    const straight = toFlowEdges(graph, true, cache, true);
    expect(straight.every((edge) => edge.type === "straight" && edge.interactionWidth === 0)).toBe(true);
    expect(straight.find((edge) => edge.id === "link:l2")).toMatchObject({ markerEnd: markerId("disputes"), style: EDGE_STYLES.disputes.style });
  });

  it("returns the same edge objects for unchanged edges", () => {
    const cache = createEdgeCache();
    const first = toFlowEdges(graph, true, cache);
    const board = testBoard();
    const changed = buildBoardGraph({ ...board, links: board.links.map((l) => (l.id === "l1" ? { ...l, stance: "disputes" as const } : l)) });
    const second = toFlowEdges(changed, true, cache);
    expect(second.find((e) => e.id === "link:l2")).toBe(first.find((e) => e.id === "link:l2"));
    expect(second.find((e) => e.id === "link:l1")).not.toBe(first.find((e) => e.id === "link:l1"));
    expect(second.find((e) => e.id === "link:l1")!.className).toContain("edge-disputes");
  });
});

describe("linkPair", () => {
  const kinds = new Map([
    ["c1", "claim"],
    ["c2", "claim"],
    ["e1", "evidence"],
    ["e2", "evidence"],
  ] as const);

  it("finds the claim and the evidence whichever way the drag went", () => {
    expect(linkPair("e1", "c1", kinds)).toEqual({ claimId: "c1", evidenceId: "e1" });
    expect(linkPair("c1", "e1", kinds)).toEqual({ claimId: "c1", evidenceId: "e1" });
  });

  it("refuses claim–claim, evidence–evidence, self and unknown ends", () => {
    expect(linkPair("c1", "c2", kinds)).toBeNull();
    expect(linkPair("e1", "e2", kinds)).toBeNull();
    expect(linkPair("e1", "e1", kinds)).toBeNull();
    expect(linkPair("e1", "x", kinds)).toBeNull();
    expect(linkPair("e1", null, kinds)).toBeNull();
  });
});
