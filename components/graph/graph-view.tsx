"use client";

import "@xyflow/react/dist/style.css";
import {
  Background,
  ConnectionMode,
  Controls,
  MiniMap,
  Panel,
  ReactFlow,
  ReactFlowProvider,
  applyNodeChanges,
  getViewportForBounds,
  useReactFlow,
  useStore,
  type FitViewOptions,
  type IsValidConnection,
  type NodeMouseHandler,
  type OnConnectEnd,
  type OnNodeDrag,
  type OnNodesChange,
  type ReactFlowState,
  type Viewport,
} from "@xyflow/react";
import { usePathname, useSearchParams } from "next/navigation";
import {
  memo,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type CSSProperties,
  type KeyboardEvent as ReactKeyboardEvent,
} from "react";
import { buildBoardGraph } from "@/lib/graph/build-board-graph";
import type { TBoardGraph, TPoint } from "@/lib/graph/types";
import type { TGraphDirection, TStance } from "@/lib/schemas/vocabulary";
import { useVerdictScale } from "../verdicts/verdict-scale-context";
import { useBoardStore } from "../board/board-store";
import { ClaimPanel } from "../claim/claim-panel";
import { useViewerCan } from "../claim/use-viewer-can";
import { EvidencePanel } from "../evidence/evidence-panel";
import { useAsyncAction } from "../ui/use-async-action";
import {
  KIND_PARAM,
  VERDICT_PARAM,
  filterKey,
  graphFilterSearch,
  isFilterActive,
  parseFilterKey,
  parseGraphFilter,
  type TGraphFilter,
} from "./graph-filter";
import { autoLayoutWithEngine, createLayoutCache } from "@/lib/graph/auto-layout";
import { GraphLegend } from "./graph-legend";
import { GraphToolbar } from "./graph-toolbar";
import { GRAPH_NODE_TYPES } from "./node-types";
import { StanceChooserDialog } from "./stance-chooser-dialog";
import { useArgumentOverlay } from "./use-argument-overlay";
import {
  createEdgeCache,
  linkPair,
  reconcileNodes,
  toFlowEdges,
  toFlowNodes,
  type TGraphFlowEdge,
  type TGraphFlowNode,
} from "./to-flow-elements";

// Everything React Flow is handed by reference lives here, outside the component (its performance guide).
const MIN_ZOOM = 0.05;
const MAX_ZOOM = 2;
/**
 * Fitting the view shows the whole graph; a big one only down to a zoom where a
 * screenful of nodes is drawn (what is out of view is not rendered, and at that
 * zoom nothing is legible anyway). Zooming out further is still possible.
 */
const FIT_VIEW = {
  small: { padding: 0.06, maxZoom: 1, minZoom: MIN_ZOOM, duration: 300 },
  big: { padding: 0.06, maxZoom: 1, minZoom: 0.2, duration: 300 },
} satisfies Record<string, FitViewOptions<TGraphFlowNode>>;
/** Below this zoom the edge words are too small to read, so they are not drawn (lines and dashes still are). */
const LABEL_MIN_ZOOM = 0.4;
/** Above this many nodes, only what is in view is rendered. */
const VIRTUALISE_ABOVE = 300;
const KEYBOARD_MOVE_SAVE_DELAY_MS = 600;
const EMPTY_POSITIONS: Record<string, TPoint> = {};
const CONNECTION_LINE_STYLE: CSSProperties = { stroke: "#1d4ed8", strokeWidth: 2, strokeDasharray: "4 3" };
/** Whether edge words are readable at the current zoom; null until React Flow has applied the first viewport. */
const selectShowLabels = (state: ReactFlowState) => (state.panZoom ? state.transform[2] >= LABEL_MIN_ZOOM : null);
const EVIDENCE_MINIMAP_COLOR = "#a8a29e";

type TOpened = { kind: "claim" | "evidence"; id: string } | null;
type TMovedPosition = { nodeId: string; x: number; y: number };

/** The automatic layout, timed with user-timing marks (the benchmark reports them). */
function timedAutoLayout(graph: TBoardGraph, direction: TGraphDirection): Record<string, TPoint> {
  performance.mark("graph:layout:start");
  const { positions, engine } = autoLayoutWithEngine(graph, direction);
  performance.mark("graph:layout:end");
  const name = `graph:layout ${engine} ${graph.nodes.length} nodes ${graph.edges.length} edges`;
  performance.measure(name, "graph:layout:start", "graph:layout:end");
  return positions;
}

/** The box around all nodes (their sizes are known in advance). */
function boundsOf(nodes: TGraphFlowNode[]) {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const node of nodes) {
    minX = Math.min(minX, node.position.x);
    minY = Math.min(minY, node.position.y);
    maxX = Math.max(maxX, node.position.x + (node.width ?? 0));
    maxY = Math.max(maxY, node.position.y + (node.height ?? 0));
  }
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

function isEditable(element: HTMLElement): boolean {
  return element.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(element.tagName);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : "Something went wrong.";
}

const subscribeNothing = () => () => {};

/**
 * The board as a claim–evidence graph. React Flow renders only in the browser:
 * on the server (and until hydration) this is a placeholder.
 */
export function GraphView() {
  const inBrowser = useSyncExternalStore(
    subscribeNothing,
    () => true,
    () => false,
  );
  if (!inBrowser) {
    return (
      <div className="graph-layout" data-testid="graph-loading" aria-busy="true">
        <p className="graph-loading muted">Loading the graph…</p>
      </div>
    );
  }
  return (
    <ReactFlowProvider>
      <GraphCanvas />
    </ReactFlowProvider>
  );
}

/** The claim or evidence panel; memoised so dragging nodes does not re-render it. */
const GraphSidePanel = memo(function GraphSidePanel({
  opened,
  onClose,
  onOpenClaim,
  onOpenEvidence,
}: {
  opened: NonNullable<TOpened>;
  onClose: () => void;
  onOpenClaim: (claimId: string) => void;
  onOpenEvidence: (evidenceId: string) => void;
}) {
  return opened.kind === "claim" ? (
    <ClaimPanel key={opened.id} claimId={opened.id} onClose={onClose} onOpenEvidence={onOpenEvidence} onOpenClaim={onOpenClaim} />
  ) : (
    <EvidencePanel key={opened.id} evidenceId={opened.id} onClose={onClose} onOpenClaim={onOpenClaim} />
  );
});

function GraphCanvas() {
  const { board, dispatch, api } = useBoardStore();
  const { claims, evidence, links, relations, positions, graphDirection: direction } = board;
  const { fitView, setCenter, getInternalNode, getZoom, getNodes, screenToFlowPosition } = useReactFlow<TGraphFlowNode, TGraphFlowEdge>();
  // Readers pan, zoom, select and open nodes; moving, re-laying out and linking are for those allowed to save them.
  const viewerCan = useViewerCan();
  const canSaveLayout = viewerCan("graph.saveLayout");
  const canLink = viewerCan("link.create");
  const canCreateClaim = viewerCan("claim.create");

  const [fitRequest, setFitRequest] = useState(0);

  // ---- filter, in the address. A local copy answers a click at once; the address catches up.
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const addressKey = filterKey(parseGraphFilter(searchParams.get(VERDICT_PARAM), searchParams.get(KIND_PARAM)));
  const [localFilter, setLocalFilter] = useState({ address: addressKey, key: addressKey });
  if (localFilter.address !== addressKey) setLocalFilter({ address: addressKey, key: addressKey });
  const activeKey = localFilter.address === addressKey ? localFilter.key : addressKey;
  const filter = useMemo(() => parseFilterKey(activeKey), [activeKey]);
  // The native history API updates useSearchParams without asking the server for the page again.
  const setFilter = useCallback(
    (next: TGraphFilter) => {
      setLocalFilter((current) => ({ ...current, key: filterKey(next) }));
      setFitRequest((n) => n + 1); // a filtered graph is laid out afresh: show all of it
      window.history.replaceState(null, "", `${pathname}${graphFilterSearch(searchParams.toString(), next)}`);
    },
    [pathname, searchParams],
  );

  // ---- graph and layout, derived from the store
  const graph = useMemo(
    () => buildBoardGraph({ claims, evidence, links, relations }, filter),
    [claims, evidence, links, relations, filter],
  );
  const kindOf = useMemo(() => new Map(graph.nodes.map((node) => [node.id, node.type])), [graph]);
  const [layoutCache] = useState(() => createLayoutCache(timedAutoLayout));
  const needsLayout = useMemo(() => graph.nodes.some((node) => !Object.hasOwn(positions, node.id)), [graph, positions]);
  const [layoutGeneration, setLayoutGeneration] = useState(0);
  const laidOut = useMemo(
    () => (needsLayout ? layoutCache(graph, direction, layoutGeneration) : EMPTY_POSITIONS),
    [needsLayout, layoutCache, graph, direction, layoutGeneration],
  );
  const verdictScale = useVerdictScale();
  const minimapNodeColor = useCallback(
    (node: TGraphFlowNode) => (node.type === "claim" ? verdictScale[node.data.verdict].color : EVIDENCE_MINIMAP_COLOR),
    [verdictScale],
  );
  const flowNodes = useMemo(
    () => toFlowNodes(graph, { claims, evidence, members: board.members }, positions, laidOut, direction, verdictScale),
    [graph, claims, evidence, board.members, positions, laidOut, direction, verdictScale],
  );

  const virtualise = flowNodes.length > VIRTUALISE_ABOVE;
  const fitOptions = virtualise ? FIT_VIEW.big : FIT_VIEW.small;

  // Controlled nodes, so drags are smooth; re-seeded whenever the computed nodes change.
  const [resync, setResync] = useState(0);
  const [nodes, setNodes] = useState<TGraphFlowNode[]>(flowNodes);
  const [seeded, setSeeded] = useState({ from: flowNodes, resync });
  if (seeded.from !== flowNodes || seeded.resync !== resync) {
    setSeeded({ from: flowNodes, resync });
    setNodes((current) => reconcileNodes(flowNodes, current));
  }
  const onNodesChange: OnNodesChange<TGraphFlowNode> = useCallback(
    (changes) => setNodes((current) => applyNodeChanges(changes, current)),
    [],
  );

  // ---- saving positions and layout
  const [layoutBusy, setLayoutBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [layoutError, setLayoutError] = useState<string | null>(null);

  useEffect(() => {
    if (fitRequest > 0) void fitView(fitOptions);
  }, [fitRequest, fitView, fitOptions]);

  const savePositions = useCallback(
    async (moved: TMovedPosition[]) => {
      if (moved.length === 0) return;
      setLayoutError(null);
      setStatus(moved.length === 1 ? "Saving the position…" : `Saving ${moved.length} positions…`);
      try {
        await api.savePositions({ positions: moved });
        dispatch({
          type: "positionsSaved",
          positions: Object.fromEntries(moved.map((p) => [p.nodeId, { x: p.x, y: p.y }])),
          replaceAll: false,
        });
        setStatus(null);
      } catch (error) {
        setStatus(null);
        setLayoutError(`The position was not saved: ${messageOf(error)}`);
        setResync((n) => n + 1); // put the node back where the store has it
      }
    },
    [api, dispatch],
  );

  const relayout = useCallback(
    async (nextDirection?: TGraphDirection) => {
      setLayoutBusy(true);
      setLayoutError(null);
      setStatus("Laying the graph out…");
      try {
        await api.savePositions(nextDirection ? { positions: [], direction: nextDirection } : { positions: [], reset: true });
        if (nextDirection) dispatch({ type: "directionChanged", direction: nextDirection });
        dispatch({ type: "positionsSaved", positions: {}, replaceAll: true });
        setLayoutGeneration((n) => n + 1);
        setFitRequest((n) => n + 1);
        setStatus(null);
      } catch (error) {
        setStatus(null);
        setLayoutError(`The layout was not changed: ${messageOf(error)}`);
      } finally {
        setLayoutBusy(false);
      }
    },
    [api, dispatch],
  );
  const onDirectionChange = useCallback((next: TGraphDirection) => void relayout(next), [relayout]);
  const onRelayout = useCallback(() => void relayout(), [relayout]);

  const onNodeDragStop: OnNodeDrag<TGraphFlowNode> = useCallback(
    (_event, _node, dragged) =>
      void savePositions(dragged.map((node) => ({ nodeId: node.id, x: node.position.x, y: node.position.y }))),
    [savePositions],
  );

  // Arrow keys move selected nodes (React Flow); save them once the keys rest.
  const keyboardMoveTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const scheduleKeyboardMoveSave = useCallback(() => {
    if (keyboardMoveTimer.current) clearTimeout(keyboardMoveTimer.current);
    keyboardMoveTimer.current = setTimeout(() => {
      keyboardMoveTimer.current = null;
      const moved = getNodes()
        .filter((node) => node.selected)
        .map((node) => ({ nodeId: node.id, x: node.position.x, y: node.position.y }));
      void savePositions(moved);
    }, KEYBOARD_MOVE_SAVE_DELAY_MS);
  }, [getNodes, savePositions]);
  useEffect(
    () => () => {
      if (keyboardMoveTimer.current) clearTimeout(keyboardMoveTimer.current);
    },
    [],
  );

  // ---- the side panel
  const [opened, setOpened] = useState<TOpened>(null);
  const sideRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLDivElement>(null);
  const focusPanelNext = useRef(false);

  const selectOnly = useCallback((id: string | null) => {
    setNodes((current) => {
      let changed = false;
      const next = current.map((node) => {
        const selected = node.id === id;
        if (Boolean(node.selected) === selected) return node;
        changed = true;
        return { ...node, selected };
      });
      return changed ? next : current;
    });
  }, []);

  const openNode = useCallback(
    (kind: "claim" | "evidence", id: string, options: { focusPanel?: boolean; reveal?: boolean } = {}) => {
      focusPanelNext.current = Boolean(options.focusPanel);
      setOpened({ kind, id });
      selectOnly(id);
      if (options.reveal) {
        const node = getInternalNode(id);
        if (node) {
          const width = node.measured.width ?? node.width ?? 0;
          const height = node.measured.height ?? node.height ?? 0;
          void setCenter(node.internals.positionAbsolute.x + width / 2, node.internals.positionAbsolute.y + height / 2, {
            zoom: Math.max(getZoom(), 0.8),
            duration: 300,
          });
        }
      }
    },
    [getInternalNode, getZoom, selectOnly, setCenter],
  );

  useEffect(() => {
    if (opened && focusPanelNext.current) {
      focusPanelNext.current = false;
      sideRef.current?.focus();
    }
  }, [opened]);

  const focusNode = useCallback((id: string) => {
    const element = canvasRef.current?.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
    element?.focus({ preventScroll: true });
  }, []);

  const closePanel = useCallback(
    (restoreFocus: boolean) => {
      const closing = opened;
      setOpened(null);
      selectOnly(null);
      if (restoreFocus && closing) requestAnimationFrame(() => focusNode(closing.id));
    },
    [opened, selectOnly, focusNode],
  );

  const argumentRef = useRef<ReturnType<typeof useArgumentOverlay> | null>(null);
  const onNodeClick: NodeMouseHandler<TGraphFlowNode> = useCallback(
    (_event, node) => {
      // An undercut's ⊘ or a group's "together" node opens the claim it bears on.
      const argumentClaim = argumentRef.current?.claimOfNode(node);
      if (argumentClaim) openNode("claim", argumentClaim);
      else openNode(node.type === "claim" ? "claim" : "evidence", node.id);
    },
    [openNode],
  );
  const onPaneClick = useCallback(() => {
    if (opened) closePanel(false);
  }, [opened, closePanel]);

  const onPanelClose = useCallback(() => closePanel(true), [closePanel]);
  const onOpenClaim = useCallback((id: string) => openNode("claim", id, { reveal: true }), [openNode]);
  const onOpenEvidence = useCallback((id: string) => openNode("evidence", id, { reveal: true }), [openNode]);

  // Enter or Space on a focused node opens its panel.
  const onCanvasKeyDown = useCallback(
    (event: ReactKeyboardEvent<HTMLDivElement>) => {
      const target = event.target as HTMLElement;
      const nodeElement = target.closest(".react-flow__node");
      if (!nodeElement || nodeElement !== target) return;
      const id = nodeElement.getAttribute("data-id");
      if (!id) return;
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        openNode(nodeElement.getAttribute("data-node-kind") === "evidence" ? "evidence" : "claim", id, { focusPanel: true });
      } else if (event.key.startsWith("Arrow") && canSaveLayout) {
        scheduleKeyboardMoveSave();
      }
    },
    [openNode, scheduleKeyboardMoveSave, canSaveLayout],
  );

  // ---- linking by dragging between an evidence node and a claim node
  const [pendingLink, setPendingLink] = useState<{ claimId: string; evidenceId: string } | null>(null);
  const { pending: linkPending, error: linkError, setError: setLinkError, run: runLink } = useAsyncAction();

  const isValidConnection: IsValidConnection<TGraphFlowEdge> = useCallback(
    (connection) => linkPair(connection.source, connection.target, kindOf) !== null,
    [kindOf],
  );
  const onConnectEnd: OnConnectEnd = useCallback(
    (event, connection) => {
      const fromId = connection.fromNode?.id;
      if (!fromId || !canLink) return;
      let toId = connection.toNode?.id ?? null;
      if (!toId) {
        // Dropped on a node's body rather than on its handle: link to that node.
        const point = "changedTouches" in event ? event.changedTouches[0] : event;
        const element = point ? document.elementFromPoint(point.clientX, point.clientY) : null;
        toId = element?.closest(".react-flow__node")?.getAttribute("data-id") ?? null;
      }
      const point = "changedTouches" in event ? event.changedTouches[0] : event;
      const at = point ? screenToFlowPosition({ x: point.clientX, y: point.clientY }) : null;
      if (argumentRef.current?.onDrop(fromId, toId, at, getZoom())) return;
      const pair = linkPair(fromId, toId, kindOf);
      if (pair) {
        setLinkError(null);
        setPendingLink(pair);
      }
    },
    [kindOf, setLinkError, canLink, screenToFlowPosition, getZoom],
  );
  const chooseStance = useCallback(
    (stance: TStance) => {
      if (!pendingLink) return;
      void runLink(async () => {
        const link = await api.createLink({ ...pendingLink, stance });
        dispatch({ type: "linkSaved", link });
        setPendingLink(null);
      });
    },
    [pendingLink, runLink, api, dispatch],
  );
  const cancelLink = useCallback(() => {
    setPendingLink(null);
    setLinkError(null);
  }, [setLinkError]);

  // Escape closes the panel (a first Escape inside a form field only leaves the field).
  useEffect(() => {
    if (!opened || pendingLink) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "Escape" || event.defaultPrevented) return;
      const target = event.target instanceof HTMLElement ? event.target : null;
      if (target?.closest("dialog, details[open]")) return;
      if (target && isEditable(target) && sideRef.current?.contains(target)) {
        target.blur();
        sideRef.current.focus();
        return;
      }
      closePanel(true);
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [opened, pendingLink, closePanel]);

  // ---- the first view, fitted to the graph. Computed here rather than with React
  // Flow's fitView, which waits until nodes are measured: nodes know their sizes
  // in advance, so the first render is already at the fitted zoom and mounts only
  // what is in view.
  const [canvasSize, setCanvasSize] = useState<{ width: number; height: number } | null>(null);
  const canvasCallbackRef = useCallback((element: HTMLDivElement | null) => {
    canvasRef.current = element;
    if (element) setCanvasSize((size) => size ?? { width: element.clientWidth, height: element.clientHeight });
  }, []);
  const initialViewport: Viewport | null = useMemo(() => {
    if (!canvasSize) return null;
    if (flowNodes.length === 0) return { x: 0, y: 0, zoom: 1 };
    return getViewportForBounds(
      boundsOf(flowNodes),
      canvasSize.width,
      canvasSize.height,
      fitOptions.minZoom,
      fitOptions.maxZoom,
      fitOptions.padding,
    );
  }, [canvasSize, flowNodes, fitOptions]);

  // Until React Flow has applied the first viewport its store says zoom 1; going by
  // that would draw (and measure) every label for one frame, then drop them.
  const storeShowLabels = useStore(selectShowLabels);
  const showLabels = storeShowLabels ?? (initialViewport ? initialViewport.zoom >= LABEL_MIN_ZOOM : false);
  const [edgeCache] = useState(createEdgeCache);
  const edges = useMemo(() => toFlowEdges(graph, showLabels, edgeCache), [graph, showLabels, edgeCache]);
  const argumentOverlay = useArgumentOverlay({ board, graph, flowNodes, direction, showLabels });
  useEffect(() => {
    argumentRef.current = argumentOverlay;
  });
  const shownNodes = useMemo(() => (argumentOverlay.nodes.length ? [...nodes, ...argumentOverlay.nodes] : nodes), [nodes, argumentOverlay.nodes]);
  const shownEdges = useMemo(() => (argumentOverlay.edges.length ? [...edges, ...argumentOverlay.edges] : edges), [edges, argumentOverlay.edges]);

  // ---- render
  const shownClaims = useMemo(() => graph.nodes.filter((node) => node.type === "claim").length, [graph]);
  const filterActive = isFilterActive(filter);
  const linkClaim = pendingLink ? claims.find((claim) => claim.id === pendingLink.claimId) : undefined;
  const linkEvidence = pendingLink ? evidence.find((item) => item.id === pendingLink.evidenceId) : undefined;

  return (
    <div className={`graph-layout${opened ? " with-panel" : ""}`} data-testid="graph-view">
      <div className="graph-main">
        <GraphToolbar
          direction={direction}
          filter={filter}
          shownClaims={shownClaims}
          totalClaims={claims.length}
          busy={layoutBusy}
          canChangeLayout={canSaveLayout}
          status={status}
          error={layoutError}
          onDirectionChange={onDirectionChange}
          onRelayout={onRelayout}
          onFilterChange={setFilter}
        />
        <GraphLegend />
        <div className="graph-canvas" ref={canvasCallbackRef} onKeyDown={onCanvasKeyDown}>
          {initialViewport ? (
            <ReactFlow<TGraphFlowNode, TGraphFlowEdge>
              nodes={shownNodes}
              edges={shownEdges}
              nodeTypes={GRAPH_NODE_TYPES}
              onNodesChange={onNodesChange}
              onNodeClick={onNodeClick}
              onPaneClick={onPaneClick}
              onNodeDragStop={canSaveLayout ? onNodeDragStop : undefined}
              onConnectEnd={canLink ? onConnectEnd : undefined}
              isValidConnection={isValidConnection}
              nodesDraggable={canSaveLayout}
              nodesConnectable={canLink}
              connectionMode={ConnectionMode.Loose}
              connectionRadius={30}
              connectionLineStyle={CONNECTION_LINE_STYLE}
              defaultViewport={initialViewport}
              minZoom={MIN_ZOOM}
              maxZoom={MAX_ZOOM}
              onlyRenderVisibleElements={virtualise}
              nodesFocusable
              edgesFocusable={false}
              edgesReconnectable={false}
              deleteKeyCode={null}
            >
              <Background gap={24} color="#d9d9d3" />
              <MiniMap<TGraphFlowNode> nodeColor={minimapNodeColor} pannable zoomable ariaLabel="Overview of the whole graph" />
              <Controls showInteractive={false} fitViewOptions={fitOptions} />
              {graph.nodes.length === 0 ? (
                <Panel position="top-center" className="graph-empty" data-testid="graph-empty">
                  {filterActive ? (
                    <>
                      <p>No claims match this filter.</p>
                      <button type="button" className="button small" onClick={() => setFilter({ verdicts: [], kinds: [] })}>
                        Clear filter
                      </button>
                    </>
                  ) : (
                    <p>
                      This board has no claims or evidence yet.{canCreateClaim ? " Add claims from the Article tab." : ""}
                    </p>
                  )}
                </Panel>
              ) : null}
            </ReactFlow>
          ) : null}
        </div>
      </div>
      {opened ? (
        <div className="graph-side" ref={sideRef} tabIndex={-1} data-testid="graph-side-panel">
          <GraphSidePanel opened={opened} onClose={onPanelClose} onOpenClaim={onOpenClaim} onOpenEvidence={onOpenEvidence} />
        </div>
      ) : null}
      {argumentOverlay.dialog}
      {pendingLink && linkClaim && linkEvidence && canLink ? (
        <StanceChooserDialog
          evidenceTitle={linkEvidence.title}
          claimStatement={linkClaim.statement}
          pending={linkPending}
          error={linkError}
          onChoose={chooseStance}
          onCancel={cancelLink}
        />
      ) : null}
    </div>
  );
}
