import { describe, expect, it } from "vitest";
import { collapsedSubtree, mainConclusions, neighbourhood } from "./argument-shape";
import type { TBoardGraph, TGraphEdge } from "./types";

const claim = (id: string) => ({ id, type: "claim" as const });
const evidence = (id: string) => ({ id, type: "evidence" as const });
const link = (source: string, target: string, stance: "supports" | "disputes" | "context" = "supports"): TGraphEdge => ({
  id: `link:${source}-${target}`, source, target, kind: "evidence", stance,
});
const relation = (source: string, target: string, relationType: "supports" | "attacks" = "supports"): TGraphEdge => ({
  id: `relation:${source}-${target}`, source, target, kind: "relation", relationType,
});

// e1 → a → c ← b ← e2, d → c (attacks), e3 → d and also e3 → f (f stands alone)
const GRAPH: TBoardGraph = {
  nodes: [claim("a"), claim("b"), claim("c"), claim("d"), claim("f"), evidence("e1"), evidence("e2"), evidence("e3")],
  edges: [
    link("e1", "a"),
    link("e2", "b", "disputes"),
    relation("a", "c"),
    relation("b", "c"),
    relation("d", "c", "attacks"),
    link("e3", "d"),
    link("e3", "f"),
  ],
};

describe("mainConclusions", () => {
  it("names claims that are argued for or against and argue for nothing", () => {
    expect(mainConclusions(GRAPH)).toEqual(["c"]);
  });
  it("falls back to the most-linked claims when no claim argues for another", () => {
    const graph = { nodes: GRAPH.nodes, edges: [link("e1", "a"), link("e2", "b"), link("e3", "b")] };
    expect(mainConclusions(graph, 1)).toEqual(["b"]);
  });
});

describe("neighbourhood", () => {
  it("grows one hop at a time in both directions", () => {
    expect([...neighbourhood(GRAPH, "a", 1)].sort()).toEqual(["a", "c", "e1"]);
    expect([...neighbourhood(GRAPH, "a", 2)].sort()).toEqual(["a", "b", "c", "d", "e1"]);
  });
});

describe("collapsedSubtree", () => {
  it("hides what runs only into the root, counted by the edge each leaves by", () => {
    const { hidden, counts } = collapsedSubtree(GRAPH, "c");
    // d leads only into c, so it hides; e3 also bears on f, so it stays.
    expect([...hidden].sort()).toEqual(["a", "b", "d", "e1", "e2"]);
    expect(counts).toEqual({ supporting: 3, disputing: 2, context: 0 });
  });
  it("hides nothing for a claim with nothing upstream", () => {
    expect(collapsedSubtree(GRAPH, "e1").hidden.size).toBe(0);
  });
});

describe("shownGraph", () => {
  it("keeps the focus's neighbourhood only", async () => {
    const { shownGraph } = await import("./shown-graph");
    const { graph, focusFound } = shownGraph(GRAPH, { centre: "a", hops: 1 }, new Set());
    expect(focusFound).toBe(true);
    expect(graph.nodes.map((n) => n.id).sort()).toEqual(["a", "c", "e1"]);
    expect(graph.edges.map((e) => e.id).sort()).toEqual(["link:e1-a", "relation:a-c"]);
  });
  it("replaces a collapsed claim's subtree by one summary, and ignores a focus not on the board", async () => {
    const { shownGraph } = await import("./shown-graph");
    const { graph, summaries, focusFound } = shownGraph(GRAPH, { centre: "gone", hops: 2 }, new Set(["c", "a"]));
    expect(focusFound).toBe(false);
    expect(graph.nodes.map((n) => n.id).sort()).toEqual(["c", "e3", "f"]);
    // a's own collapse is inside c's subtree, so only c's summary shows.
    expect(summaries.map((s) => [s.root, s.hidden.length])).toEqual([["c", 5]]);
  });
  it("gives the focused neighbourhood as it was before collapsing, for its own layout; none out of focus", async () => {
    const { shownGraph } = await import("./shown-graph");
    const focused = shownGraph(GRAPH, { centre: "a", hops: 1 }, new Set(["a"]));
    expect(focused.graph.nodes.map((n) => n.id).sort()).toEqual(["a", "c"]);
    expect(focused.neighbourhood?.nodes.map((n) => n.id).sort()).toEqual(["a", "c", "e1"]);
    expect(shownGraph(GRAPH, { centre: null, hops: 2 }, new Set()).neighbourhood).toBeNull();
  });
});
