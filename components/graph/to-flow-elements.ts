// Board → React Flow nodes and edges. Pure functions; the caches keep objects
// whose inputs did not change identical, so after an edit React Flow re-renders
// only the nodes and edges that changed.
import { Position, type Edge, type Node, type NodeHandle } from "@xyflow/react";
import { shownVerdict } from "@/lib/workflow/published-verdict";
import type { TClaimView, TEvidenceView, TMemberView, TNodePosition } from "@/lib/board/types";
import type { TBoardGraph, TGraphEdge, TPoint } from "@/lib/graph/types";
import type { TGraphDirection } from "@/lib/schemas/vocabulary";
import { VERDICT_SCALE } from "@/lib/verdicts/verdict-scale";
import type { TVerdictScale } from "@/lib/verdicts/verdict-scale-overrides";
import { EDGE_STYLES, edgeStyleKey, type TEdgeStyleKey } from "./edge-style";
import { CLAIM_NODE_SIZE, EVIDENCE_NODE_SIZE } from "@/lib/graph/layout-boxes";
import type { TNodeSize } from "@/lib/graph/types";
import type { TArgumentFlowNode } from "./argument-flow-elements";
import type { TSummaryFlowNode } from "./summary-node";
import {
  claimAriaLabel,
  claimNodeData,
  evidenceAriaLabel,
  evidenceNodeData,
  type TClaimNodeData,
  type TEvidenceNodeData,
} from "@/lib/graph/node-data";

export type TClaimFlowNode = Node<TClaimNodeData, "claim">;
export type TEvidenceFlowNode = Node<TEvidenceNodeData, "evidence">;
/**
 * Claims and evidence, the summaries that stand in for collapsed claims' subtrees (summary-node.tsx), and
 * undercut anchors and premise junctions drawn beside them (argument-flow-elements.ts).
 */
export type TGraphFlowNode = TClaimFlowNode | TEvidenceFlowNode | TSummaryFlowNode | TArgumentFlowNode;

export type TGraphEdgeData = { styleKey: TEdgeStyleKey; linkId?: string; relationId?: string };
export type TGraphFlowEdge = Edge<TGraphEdgeData>;

type TDomAttributes = Node["domAttributes"];

type TClaimEntry = {
  data: TClaimNodeData;
  ariaLabel: string;
  domAttributes: TDomAttributes;
  verdictScale: TVerdictScale;
  memberNames: ReadonlyMap<string, string> | undefined;
};
type TEvidenceEntry = { data: TEvidenceNodeData; ariaLabel: string; domAttributes: TDomAttributes };

/** data-* attributes for a node's element (React Flow spreads domAttributes onto it). */
function dataAttributes(attributes: Record<`data-${string}`, string>): TDomAttributes {
  return attributes as TDomAttributes;
}

// Keyed by the store's claim and evidence objects: the reducer replaces only the ones that changed.
const claimEntries = new WeakMap<TClaimView, TClaimEntry>();
const evidenceEntries = new WeakMap<TEvidenceView, TEvidenceEntry>();

// One name lookup per members list (the store keeps the same list until the members change).
const memberNameMaps = new WeakMap<readonly TMemberView[], ReadonlyMap<string, string>>();
function memberNameMap(members: readonly TMemberView[] | undefined): ReadonlyMap<string, string> | undefined {
  if (!members) return undefined;
  let names = memberNameMaps.get(members);
  if (!names) {
    names = new Map(members.map((member) => [member.userId, member.name]));
    memberNameMaps.set(members, names);
  }
  return names;
}

function claimEntry(claim: TClaimView, verdictScale: TVerdictScale, memberNames: ReadonlyMap<string, string> | undefined): TClaimEntry {
  let entry = claimEntries.get(claim);
  // The aria label names the verdict in the workspace's words, so a new scale rebuilds it; new members rename assignees.
  if (!entry || entry.verdictScale !== verdictScale || entry.memberNames !== memberNames) {
    const data = entry && entry.memberNames === memberNames ? entry.data : claimNodeData(claim, memberNames);
    entry = {
      data,
      ariaLabel: claimAriaLabel(data, verdictScale),
      domAttributes: dataAttributes({ "data-node-kind": "claim", "data-verdict": shownVerdict(claim), "data-stage": claim.stage }),
      verdictScale,
      memberNames,
    };
    claimEntries.set(claim, entry);
  }
  return entry;
}

function evidenceEntry(evidence: TEvidenceView): TEvidenceEntry {
  let entry = evidenceEntries.get(evidence);
  if (!entry) {
    const data = evidenceNodeData(evidence);
    entry = {
      data,
      ariaLabel: evidenceAriaLabel(data),
      domAttributes: dataAttributes({ "data-node-kind": "evidence" }),
    };
    evidenceEntries.set(evidence, entry);
  }
  return entry;
}

/** Handle size; the CSS (.graph-handle) draws them this size. */
export const HANDLE_SIZE = 9;

/**
 * Where a node's two handles are, as React Flow would measure them: centred on
 * the top and bottom edges ("TB") or the left and right ones ("LR").
 */
function nodeHandles(size: TNodeSize, direction: TGraphDirection): NodeHandle[] {
  const half = HANDLE_SIZE / 2;
  const box = { width: HANDLE_SIZE, height: HANDLE_SIZE };
  return direction === "LR"
    ? [
        { type: "target", position: Position.Left, x: -half, y: size.height / 2 - half, ...box },
        { type: "source", position: Position.Right, x: size.width - half, y: size.height / 2 - half, ...box },
      ]
    : [
        { type: "target", position: Position.Top, x: size.width / 2 - half, y: -half, ...box },
        { type: "source", position: Position.Bottom, x: size.width / 2 - half, y: size.height - half, ...box },
      ];
}

// Shared by every node of a type: sizes and handles are known in advance, so React
// Flow can draw nodes and edges (and fit the view) before it has measured anything.
const NODE_GEOMETRY = {
  claim: {
    TB: { measured: CLAIM_NODE_SIZE, handles: nodeHandles(CLAIM_NODE_SIZE, "TB") },
    LR: { measured: CLAIM_NODE_SIZE, handles: nodeHandles(CLAIM_NODE_SIZE, "LR") },
  },
  evidence: {
    TB: { measured: EVIDENCE_NODE_SIZE, handles: nodeHandles(EVIDENCE_NODE_SIZE, "TB") },
    LR: { measured: EVIDENCE_NODE_SIZE, handles: nodeHandles(EVIDENCE_NODE_SIZE, "LR") },
  },
} as const;

export function handlePositions(direction: TGraphDirection): { sourcePosition: Position; targetPosition: Position } {
  return direction === "LR"
    ? { sourcePosition: Position.Right, targetPosition: Position.Left }
    : { sourcePosition: Position.Bottom, targetPosition: Position.Top };
}

/**
 * One React Flow node per graph node, at its saved position if it has one,
 * otherwise where the automatic layout put it. A node with neither (its layout
 * is still being computed, say the rest of a large board just arrived) is left
 * out until it has one: drawn at the origin, thousands of them would all be in
 * view at once, each rendered, and the page would stall for seconds.
 */
export function toFlowNodes(
  graph: TBoardGraph,
  board: { claims: TClaimView[]; evidence: TEvidenceView[]; members?: readonly TMemberView[] },
  saved: Record<string, TNodePosition>,
  laidOut: Record<string, TPoint>,
  direction: TGraphDirection,
  verdictScale: TVerdictScale = VERDICT_SCALE,
): TGraphFlowNode[] {
  const claims = new Map(board.claims.map((claim) => [claim.id, claim]));
  const evidence = new Map(board.evidence.map((item) => [item.id, item]));
  const handles = handlePositions(direction);
  const memberNames = memberNameMap(board.members);
  const nodes: TGraphFlowNode[] = [];
  for (const node of graph.nodes) {
    const position = Object.hasOwn(saved, node.id) ? saved[node.id] : laidOut[node.id];
    if (!position) continue;
    const at = { x: position.x, y: position.y };
    if (node.type === "claim") {
      const claim = claims.get(node.id);
      if (!claim) continue;
      const entry = claimEntry(claim, verdictScale, memberNames);
      nodes.push({
        id: node.id,
        type: "claim",
        position: at,
        data: entry.data,
        width: CLAIM_NODE_SIZE.width,
        height: CLAIM_NODE_SIZE.height,
        measured: { ...NODE_GEOMETRY.claim[direction].measured },
        handles: NODE_GEOMETRY.claim[direction].handles as NodeHandle[],
        ...handles,
        ariaLabel: entry.ariaLabel,
        domAttributes: entry.domAttributes,
        deletable: false,
      });
    } else {
      const item = evidence.get(node.id);
      if (!item) continue;
      const entry = evidenceEntry(item);
      nodes.push({
        id: node.id,
        type: "evidence",
        position: at,
        data: entry.data,
        width: EVIDENCE_NODE_SIZE.width,
        height: EVIDENCE_NODE_SIZE.height,
        measured: { ...NODE_GEOMETRY.evidence[direction].measured },
        handles: NODE_GEOMETRY.evidence[direction].handles as NodeHandle[],
        ...handles,
        ariaLabel: entry.ariaLabel,
        domAttributes: entry.domAttributes,
        deletable: false,
      });
    }
  }
  return nodes;
}

/**
 * Brings freshly computed nodes into the nodes React Flow holds: a node whose
 * data, position and handles are unchanged keeps its current object (with its
 * measured size and selection); others take the new one but keep their measured
 * size and selection. Returns `current` itself when nothing changed.
 */
export function reconcileNodes(next: TGraphFlowNode[], current: TGraphFlowNode[]): TGraphFlowNode[] {
  const byId = new Map(current.map((node) => [node.id, node]));
  let changed = next.length !== current.length;
  const result = next.map((node, i): TGraphFlowNode => {
    const existing = byId.get(node.id);
    if (
      existing &&
      existing.type === node.type &&
      existing.data === node.data &&
      existing.position.x === node.position.x &&
      existing.position.y === node.position.y &&
      existing.sourcePosition === node.sourcePosition &&
      existing.targetPosition === node.targetPosition
    ) {
      if (current[i] !== existing) changed = true;
      return existing;
    }
    changed = true;
    if (!existing) return node;
    return { ...node, measured: existing.measured, selected: existing.selected } as TGraphFlowNode;
  });
  return changed ? result : current;
}

/** Remembers edge objects between calls, so unchanged edges stay identical. */
export type TEdgeCache = { edges: Map<string, TGraphFlowEdge> };

export function createEdgeCache(): TEdgeCache {
  return { edges: new Map() };
}

/**
 * One React Flow edge per graph edge, styled by stance or relation type, with its
 * word as a label when `showLabels` (the view hides words when zoomed too far out to read them).
 * On a `big` board (the view renders only what is in view) edges are straight lines, not curves: many
 * edges in view run thousands of pixels between far-apart nodes, and a straight line is clipped to the
 * screen before it is drawn. Nor do they get React Flow's invisible wide hit path (interactionWidth):
 * edges are neither selectable nor focusable here, so it was one more long path per edge to lay out
 * and paint on every frame of a pan.
 */
export function toFlowEdges(graph: TBoardGraph, showLabels: boolean, cache: TEdgeCache = createEdgeCache(), big = false): TGraphFlowEdge[] {
  const kept = new Map<string, TGraphFlowEdge>();
  const edges = graph.edges.map((edge): TGraphFlowEdge => {
    const styleKey = edgeStyleKey(edge);
    const key = `${edge.id} ${edge.source} ${edge.target} ${styleKey} ${showLabels ? "label" : "plain"} ${big ? "big" : "small"}`;
    const flowEdge = cache.edges.get(key) ?? toFlowEdge(edge, styleKey, showLabels, big);
    kept.set(key, flowEdge);
    return flowEdge;
  });
  cache.edges = kept;
  return edges;
}

function toFlowEdge(edge: TGraphEdge, styleKey: TEdgeStyleKey, showLabels: boolean, big: boolean): TGraphFlowEdge {
  const style = EDGE_STYLES[styleKey];
  return {
    id: edge.id,
    ...(big ? { type: "straight", interactionWidth: 0 } : {}),
    source: edge.source,
    target: edge.target,
    className: style.className,
    style: style.style,
    markerEnd: style.markerEnd,
    ariaLabel: style.description,
    data: { styleKey, linkId: edge.linkId, relationId: edge.relationId },
    selectable: false,
    focusable: false,
    deletable: false,
    ...(showLabels ? { label: style.label, labelStyle: style.labelStyle } : {}),
  };
}

/**
 * The claim and evidence a drag between two nodes would link, in either drag
 * direction; null unless one end is evidence and the other a claim.
 */
export function linkPair(
  fromId: string | null | undefined,
  toId: string | null | undefined,
  kindOf: ReadonlyMap<string, "claim" | "evidence">,
): { claimId: string; evidenceId: string } | null {
  if (!fromId || !toId || fromId === toId) return null;
  const from = kindOf.get(fromId);
  const to = kindOf.get(toId);
  if (from === "evidence" && to === "claim") return { claimId: toId, evidenceId: fromId };
  if (from === "claim" && to === "evidence") return { claimId: fromId, evidenceId: toId };
  return null;
}
