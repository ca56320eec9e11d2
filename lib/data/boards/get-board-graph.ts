import "server-only";
import { placeGraphNodes } from "../../graph/auto-layout";
import { claimNodeData, evidenceNodeData, type TClaimNodeData, type TEvidenceNodeData } from "../../graph/node-data";
import { buildBoardGraph } from "../../graph/build-board-graph";
import type { TGraphEdge, TPoint } from "../../graph/types";
import type { TPrismaClient } from "../../db/prisma-client";
import type { TGraphDirection } from "../../schemas/vocabulary";
import type { TActor } from "../actor";
import { getBoardView } from "./get-board-view";

export type TBoardGraphNodeOut =
  | { id: string; type: "claim"; position: TPoint; data: TClaimNodeData }
  | { id: string; type: "evidence"; position: TPoint; data: TEvidenceNodeData };

export type TBoardGraphEdgeOut = Omit<TGraphEdge, "linkId" | "relationId">;

export type TBoardGraphOut = { direction: TGraphDirection; nodes: TBoardGraphNodeOut[]; edges: TBoardGraphEdgeOut[] };

/**
 * The whole board as a positioned graph, as the graph view draws it: saved
 * positions win, the rest are laid out automatically in the board's direction.
 */
export async function getBoardGraph(db: TPrismaClient, actor: TActor, boardId: string): Promise<TBoardGraphOut> {
  const board = await getBoardView(db, actor, boardId);
  const graph = buildBoardGraph(board);
  const positions = placeGraphNodes(graph, board.positions, board.graphDirection);
  const claims = new Map(board.claims.map((claim) => [claim.id, claim]));
  const evidence = new Map(board.evidence.map((item) => [item.id, item]));
  const nodes: TBoardGraphNodeOut[] = [];
  for (const node of graph.nodes) {
    const position = positions[node.id] ?? { x: 0, y: 0 };
    if (node.type === "claim") {
      const claim = claims.get(node.id);
      if (claim) nodes.push({ id: node.id, type: "claim", position, data: claimNodeData(claim) });
    } else {
      const item = evidence.get(node.id);
      if (item) nodes.push({ id: node.id, type: "evidence", position, data: evidenceNodeData(item) });
    }
  }
  const edges = graph.edges.map(
    (edge): TBoardGraphEdgeOut => ({
      id: edge.id,
      source: edge.source,
      target: edge.target,
      kind: edge.kind,
      ...(edge.stance ? { stance: edge.stance } : {}),
      ...(edge.relationType ? { relationType: edge.relationType } : {}),
    }),
  );
  return { direction: board.graphDirection, nodes, edges };
}
