"use client";

import { useCallback, useMemo, useState, type ReactNode } from "react";
import { describeUndercutTarget } from "@/lib/board/describe-argument";
import type { TBoardView } from "@/lib/board/types";
import { buildArgumentOverlay, nearestEdgeMiddle, type TNodeBox } from "@/lib/graph/argument-overlay";
import type { TBoardGraph, TPoint } from "@/lib/graph/types";
import type { TGraphDirection } from "@/lib/schemas/vocabulary";
import { useBoardStore } from "../board/board-store";
import { useAsyncAction } from "../ui/use-async-action";
import { ArgumentDropDialog, type TArgumentDropChoice } from "./argument-drop-dialog";
import { argumentFlowElements, type TArgumentFlowNode } from "./argument-flow-elements";

/** How near (in screen pixels) to an edge's middle a dropped claim must land to count as dropped on it. */
const DROP_RADIUS_PX = 36;

type TDrop =
  | { kind: "edge"; claimId: string; target: { type: "link" | "relation"; id: string } }
  | { kind: "group"; claimId: string; groupId: string };

type TPositioned = { id: string; type?: string; position: TPoint; width?: number; height?: number };

/**
 * Undercuts and premise groups on the graph (new nodes and edges beside the claim–evidence ones), and
 * editing by dragging: a claim dropped on an edge's middle, or on a ⊘, undercuts that edge (or, on a
 * relation, joins its source as a linked premise); dropped on a "together" node, it joins that group.
 */
export function useArgumentOverlay({
  board,
  graph,
  flowNodes,
  direction,
  showLabels,
}: {
  board: Pick<TBoardView, "claims" | "evidence" | "links" | "relations" | "undercuts" | "premiseGroups">;
  graph: TBoardGraph;
  flowNodes: readonly TPositioned[];
  direction: TGraphDirection;
  showLabels: boolean;
}) {
  const { api, dispatch } = useBoardStore();
  const boxes = useMemo(
    () => new Map<string, TNodeBox>(flowNodes.map((node) => [node.id, { ...node.position, width: node.width ?? 0, height: node.height ?? 0 }])),
    [flowNodes],
  );
  const { undercuts, premiseGroups } = board;
  const overlay = useMemo(() => buildArgumentOverlay({ undercuts, premiseGroups }, graph, boxes, direction), [undercuts, premiseGroups, graph, boxes, direction]);
  const elements = useMemo(() => argumentFlowElements(overlay, direction, showLabels), [overlay, direction, showLabels]);
  const anchorEdge = useMemo(() => new Map(overlay.anchors.map((anchor) => [anchor.id, anchor.edgeId])), [overlay]);
  const junctionGroup = useMemo(() => new Map(overlay.junctions.map((junction) => [junction.id, junction.groupId])), [overlay]);

  const [drop, setDrop] = useState<TDrop | null>(null);
  const { pending, error, setError, run } = useAsyncAction();

  /** The claim a click on an overlay node opens (the undercut edge's or the group's target), or null for other nodes. */
  const claimOfNode = useCallback((node: { type?: string; data: unknown }): string | null => {
    if (node.type === "undercutAnchor") return (node.data as TArgumentFlowNode["data"] & { claimId: string }).claimId;
    if (node.type === "premiseJunction") return (node.data as { toClaimId: string }).toClaimId;
    return null;
  }, []);

  /** Handles a claim dragged from `fromId` and dropped on node `toId` or at `point` (flow coordinates); true if it was ours. */
  const onDrop = useCallback(
    (fromId: string, toId: string | null, point: TPoint | null, zoom: number): boolean => {
      if (!board.claims.some((claim) => claim.id === fromId)) return false;
      const groupId = toId ? junctionGroup.get(toId) : undefined;
      if (groupId) {
        setError(null);
        setDrop({ kind: "group", claimId: fromId, groupId });
        return true;
      }
      const edgeId = (toId && anchorEdge.get(toId)) ?? (!toId && point ? nearestEdgeMiddle(graph, boxes, direction, point, DROP_RADIUS_PX / zoom) : null);
      if (!edgeId) return false;
      const [type, id] = edgeId.split(/:(.*)/s) as ["link" | "relation", string];
      setError(null);
      setDrop({ kind: "edge", claimId: fromId, target: { type, id } });
      return true;
    },
    [board.claims, junctionGroup, anchorEdge, graph, boxes, direction, setError],
  );

  const statement = (id: string) => board.claims.find((claim) => claim.id === id)?.statement ?? "a claim";
  let dialog: ReactNode = null;
  if (drop) {
    let onto = "";
    const choices: TArgumentDropChoice[] = [];
    if (drop.kind === "edge") {
      onto = describeUndercutTarget(board, drop.target)?.label ?? "an edge";
      choices.push({ key: "undercut", label: "Undercut this edge", hint: "The source may be sound, but it does not bear on the claim this way." });
      const relation = drop.target.type === "relation" ? board.relations.find((r) => r.id === drop.target.id) : undefined;
      if (relation && relation.fromClaimId !== drop.claimId && relation.toClaimId !== drop.claimId) {
        choices.push({
          key: "premise",
          label: `Linked premise: together they ${relation.type === "supports" ? "support" : "attack"}`,
          hint: `This claim and “${statement(relation.fromClaimId).slice(0, 60)}” bear on the target only together.`,
        });
      }
    } else {
      const group = board.premiseGroups.find((g) => g.id === drop.groupId);
      onto = group ? `the premises that together ${group.type} “${statement(group.toClaimId).slice(0, 80)}”` : "a premise group";
      choices.push({ key: "join", label: "Add as a premise of this group", hint: "The group then needs this claim too." });
    }
    const choose = (key: string) =>
      void run(async () => {
        if (drop.kind === "group") {
          const group = board.premiseGroups.find((g) => g.id === drop.groupId);
          if (!group) return;
          const saved = await api.updatePremiseGroup(group.id, { premiseClaimIds: [...group.premiseClaimIds, drop.claimId] });
          dispatch({ type: "premiseGroupSaved", group: saved });
        } else if (key === "premise") {
          const relation = board.relations.find((r) => r.id === drop.target.id)!;
          const group = await api.createPremiseGroup({ premiseClaimIds: [relation.fromClaimId, drop.claimId], toClaimId: relation.toClaimId, type: relation.type });
          dispatch({ type: "premiseGroupSaved", group });
        } else {
          const undercut = await api.createUndercut({ fromClaimId: drop.claimId, target: drop.target });
          dispatch({ type: "undercutSaved", undercut });
        }
        setDrop(null);
      });
    dialog = (
      <ArgumentDropDialog
        claimStatement={statement(drop.claimId)}
        onto={onto}
        choices={choices}
        pending={pending}
        error={error}
        onChoose={choose}
        onCancel={() => setDrop(null)}
      />
    );
  }
  return { nodes: elements.nodes, edges: elements.edges, claimOfNode, onDrop, dialog, isOverlayNode: (id: string) => anchorEdge.has(id) || junctionGroup.has(id) };
}
