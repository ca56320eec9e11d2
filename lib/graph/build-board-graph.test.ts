import { describe, expect, it } from "vitest";
import type { TClaimKind, TVerdict } from "../schemas/vocabulary";
import { testClaim, testEvidence, testLink } from "../testing/test-board";
import { buildBoardGraph } from "./build-board-graph";

const claim = (id: string, verdict: TVerdict, kind: TClaimKind) => testClaim(id, verdict, kind);
const evidence = testEvidence;
const link = testLink;

const board = {
  claims: [claim("c1", "verified", "quantity"), claim("c2", "false", "quantity"), claim("c3", "unverified", "prediction")],
  evidence: [evidence("e1"), evidence("e2"), evidence("e3")],
  links: [link("l1", "e1", "c1", "supports"), link("l2", "e1", "c2", "disputes"), link("l3", "e2", "c2", "context")],
  relations: [
    { id: "r1", fromClaimId: "c1", toClaimId: "c3", type: "supports" as const, note: "" },
    { id: "r2", fromClaimId: "c2", toClaimId: "c1", type: "attacks" as const, note: "" },
  ],
};

const nodeIds = (graph: ReturnType<typeof buildBoardGraph>) => graph.nodes.map((node) => node.id).sort();
const edgeIds = (graph: ReturnType<typeof buildBoardGraph>) => graph.edges.map((edge) => edge.id).sort();

describe("buildBoardGraph", () => {
  it("uses claim and evidence ids as node ids", () => {
    const graph = buildBoardGraph(board);
    expect(graph.nodes).toContainEqual({ id: "c1", type: "claim", claimId: "c1" });
    expect(graph.nodes).toContainEqual({ id: "e3", type: "evidence", evidenceId: "e3" });
    expect(nodeIds(graph)).toEqual(["c1", "c2", "c3", "e1", "e2", "e3"]);
  });

  it("points evidence edges from evidence to claim and relation edges from claim to claim", () => {
    const graph = buildBoardGraph(board);
    const byLink = graph.edges.find((edge) => edge.linkId === "l2");
    expect(byLink).toMatchObject({ source: "e1", target: "c2", kind: "evidence", stance: "disputes" });
    expect(byLink?.relationId).toBeUndefined();
    const byRelation = graph.edges.find((edge) => edge.relationId === "r2");
    expect(byRelation).toMatchObject({ source: "c2", target: "c1", kind: "relation", relationType: "attacks" });
    expect(byRelation?.stance).toBeUndefined();
    expect(new Set(graph.edges.map((edge) => edge.id)).size).toBe(5);
  });

  it("treats empty filter lists as no filter", () => {
    const all = buildBoardGraph(board);
    const emptyFilter = buildBoardGraph(board, { verdicts: [], kinds: [] });
    expect(nodeIds(emptyFilter)).toEqual(nodeIds(all));
    expect(edgeIds(emptyFilter)).toEqual(edgeIds(all));
  });

  it("hides claims outside the verdict filter with their edges and the evidence left without claims", () => {
    const graph = buildBoardGraph(board, { verdicts: ["verified", "unverified"] });
    // e2 only bore on the hidden c2; e3 was never linked and stays.
    expect(nodeIds(graph)).toEqual(["c1", "c3", "e1", "e3"]);
    expect(edgeIds(graph)).toEqual(["link:l1", "relation:r1"]);
  });

  it("combines verdict and kind filters, both must match", () => {
    const graph = buildBoardGraph(board, { verdicts: ["false", "unverified"], kinds: ["quantity"] });
    expect(nodeIds(graph)).toEqual(["c2", "e1", "e2", "e3"]);
    expect(edgeIds(graph)).toEqual(["link:l2", "link:l3"]);
  });

  it("keeps unlinked evidence even when no claim is visible", () => {
    const graph = buildBoardGraph(board, { kinds: ["laws_rules"] });
    expect(nodeIds(graph)).toEqual(["e3"]);
    expect(graph.edges).toEqual([]);
  });

  it("ignores links and relations to claims or evidence that are not on the board", () => {
    const graph = buildBoardGraph({
      ...board,
      links: [...board.links, link("l9", "e3", "gone", "supports"), link("l8", "gone", "c1", "supports")],
      relations: [...board.relations, { id: "r9", fromClaimId: "c1", toClaimId: "gone", type: "supports", note: "" }],
    });
    expect(edgeIds(graph)).toEqual(["link:l1", "link:l2", "link:l3", "relation:r1", "relation:r2"]);
    expect(nodeIds(graph)).toContain("e3");
  });
});
