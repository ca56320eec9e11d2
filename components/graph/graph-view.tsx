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
  useReactFlow,
  useStore,
  useStoreApi,
  type FitViewOptions,
  type NodeMouseHandler,
  type ReactFlowState,
  type Viewport,
} from "@xyflow/react";
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore, type CSSProperties } from "react";
import { mainConclusions } from "@/lib/graph/argument-shape";
import { buildBoardGraph } from "@/lib/graph/build-board-graph";
import type { TInitialLayout } from "@/lib/graph/layout-keys";
import { shownGraph } from "@/lib/graph/shown-graph";
import { useColorScheme } from "../ui/use-color-scheme";
import { useVerdictScale } from "../verdicts/verdict-scale-context";
import { themedVerdictColors } from "@/lib/verdicts/dark-verdict-colors";
import { useBoardStore } from "../board/board-store";
import { useViewerCan } from "../claim/use-viewer-can";
import { firstViewport } from "./first-view";
import { GraphActionsContext, GraphLowDetailContext, LOW_DETAIL_ZOOM } from "./graph-contexts";
import { isFilterActive } from "./graph-filter";
import { EdgeMarkers } from "./edge-markers";
import { GraphFocusBar } from "./graph-focus-bar";
import { GraphImageExport } from "./graph-image-export";
import { GraphLegend } from "./graph-legend";
import { GraphOverview } from "./graph-overview";
import { GraphToolbar } from "./graph-toolbar";
import { GRAPH_EDGE_TYPES } from "./labelled-edges";
import { GRAPH_NODE_TYPES } from "./node-types";
import { StanceChooserDialog } from "./stance-chooser-dialog";
import { toSummaryEdges, toSummaryNodes } from "./summary-flow-nodes";
import { createEdgeCache, toFlowEdges, toFlowNodes, type TGraphFlowEdge, type TGraphFlowNode } from "./to-flow-elements";
import { loadLayouts, useAutoLayout } from "./use-auto-layout";
import { useFocusLayout } from "./use-focus-layout";
import { useCollapsedClaims } from "./use-collapsed-claims";
import { useGraphFilter } from "./use-graph-filter";
import { useGraphFocus } from "./use-graph-focus";
import { useGraphNodes } from "./use-graph-nodes";
import { useArgumentOverlay } from "./use-argument-overlay";
import { loadGraphSidePanel, useGraphPanel } from "./use-graph-panel";
import { useLayoutActions } from "./use-layout-actions";
import { useLinkByDrag } from "./use-link-by-drag";
import { useRestAfterFirstView } from "./use-rest-after-first-view";

// Everything React Flow is handed by reference lives here, outside the component (its performance guide).
const MIN_ZOOM = 0.05;
const MAX_ZOOM = 2;
/**
 * "Fit all" shows the whole graph; a big one only down to a zoom where a screenful of nodes is
 * drawn (what is out of view is not rendered). Zooming out further is still possible.
 */
const FIT_VIEW = {
  small: { padding: 0.06, maxZoom: 1, minZoom: MIN_ZOOM, duration: 300 },
  big: { padding: 0.06, maxZoom: 1, minZoom: 0.2, duration: 300 },
} satisfies Record<string, FitViewOptions<TGraphFlowNode>>;
/** Below this zoom the edge words are too small to read, so they are not drawn (lines and their ends still are). */
const LABEL_MIN_ZOOM = 0.4;
/** Above this many nodes, only what is in view is rendered. */
const VIRTUALISE_ABOVE = 300;
const CONNECTION_LINE_STYLE: CSSProperties = { stroke: "var(--accent)", strokeWidth: 2, strokeDasharray: "4 3" };
/** Null until React Flow has applied the first viewport (its store says zoom 1 until then). */
const selectShowLabels = (state: ReactFlowState) => (state.panZoom ? state.transform[2] >= LABEL_MIN_ZOOM : null);
const selectLowDetail = (state: ReactFlowState) => (state.panZoom ? state.transform[2] < LOW_DETAIL_ZOOM : null);
const EVIDENCE_MINIMAP_COLOR = "var(--overview-evidence)";
const SUMMARY_MINIMAP_COLOR = "var(--overview-summary)";
const OVERVIEW_LABEL = "Overview of the whole graph";

const subscribeNothing = () => () => {};

/**
 * The board as a claim–evidence graph. React Flow renders only in the browser:
 * on the server (and until hydration) this is a placeholder. `initialLayout` is the
 * server's automatic layout of a small board whose nodes are not all placed.
 */
export function GraphView({ initialLayout }: { initialLayout: TInitialLayout | null }) {
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
      <GraphCanvas initialLayout={initialLayout} />
    </ReactFlowProvider>
  );
}

function GraphCanvas({ initialLayout }: { initialLayout: TInitialLayout | null }) {
  const { board } = useBoardStore();
  const { claims, evidence, links, relations, positions, graphDirection: direction } = board;
  const { fitView, setViewport, screenToFlowPosition, getZoom } = useReactFlow<TGraphFlowNode, TGraphFlowEdge>();
  const flowStore = useStoreApi<TGraphFlowNode, TGraphFlowEdge>();
  // Readers pan, zoom, select, focus and collapse; moving, re-laying out and linking are for those allowed to save them.
  const viewerCan = useViewerCan();
  const canSaveLayout = viewerCan("graph.saveLayout");
  const canLink = viewerCan("link.create");
  const canCreateClaim = viewerCan("claim.create");

  const [fitRequest, setFitRequest] = useState(0);
  const requestFit = useCallback(() => setFitRequest((n) => n + 1), []);
  const [filter, setFilter] = useGraphFilter(requestFit);
  const { focus, focusOn, backTo, setHops, leave: leaveFocus } = useGraphFocus();
  const { collapsed, toggle: toggleCollapsed, error: collapseError } = useCollapsedClaims(board.id, board.viewer.userId !== null);
  const [resync, setResync] = useState(0);
  const layout = useLayoutActions({ onRelaidOut: requestFit, onSaveFailed: useCallback(() => setResync((n) => n + 1), []) });

  // ---- graph, layout (of the whole filtered graph, in a worker), then what is shown of it
  const graph = useMemo(() => buildBoardGraph({ claims, evidence, links, relations }, filter), [claims, evidence, links, relations, filter]);
  const kindOf = useMemo(() => new Map(graph.nodes.map((node) => [node.id, node.type])), [graph]);
  const needsLayout = useMemo(() => graph.nodes.some((node) => !Object.hasOwn(positions, node.id)), [graph, positions]);
  const { positions: laidOut, pending: layoutPending } = useAutoLayout(graph, direction, layout.generation, needsLayout, initialLayout);
  const focusCentre = focus.trail.at(-1) ?? null;
  const shown = useMemo(() => shownGraph(graph, { centre: focusCentre, hops: focus.hops }, collapsed), [graph, focusCentre, focus.hops, collapsed]);
  // In focus, the neighbourhood is laid out on its own (nothing there is moved or saved; see useFocusLayout).
  const focusLayout = useFocusLayout(shown.neighbourhood, direction, layout.generation);
  const canMoveNodes = canSaveLayout && !shown.focusFound;
  const verdictScale = useVerdictScale();
  const colorScheme = useColorScheme();
  const flowNodes = useMemo(() => {
    if (!laidOut) return null;
    const place = focusLayout ? { saved: NO_POSITIONS, auto: focusLayout } : { saved: positions, auto: laidOut };
    const nodes = toFlowNodes(shown.graph, { claims, evidence, members: board.members }, place.saved, place.auto, direction, verdictScale);
    if (shown.summaries.length === 0) return nodes;
    const summaries = toSummaryNodes(shown.summaries, nodes, direction, {
      evidence: new Map(evidence.map((item) => [item.id, item])),
      links: new Map(links.map((link) => [link.id, link])),
    });
    return [...nodes, ...summaries];
  }, [laidOut, focusLayout, shown, claims, evidence, links, board.members, positions, direction, verdictScale]);
  const { nodes, onNodesChange, selectOnly } = useGraphNodes(flowNodes ?? EMPTY_NODES, resync);
  const minimapNodeColor = useCallback(
    (node: TGraphFlowNode) =>
      node.type === "claim"
        ? themedVerdictColors(verdictScale[node.data.verdict]).color
        : node.type === "summary"
          ? SUMMARY_MINIMAP_COLOR
          : EVIDENCE_MINIMAP_COLOR,
    [verdictScale],
  );
  const virtualise = nodes.length > VIRTUALISE_ABOVE;
  const fitOptions = virtualise ? FIT_VIEW.big : FIT_VIEW.small;
  useEffect(() => {
    if (fitRequest > 0) void fitView(fitOptions);
  }, [fitRequest, fitView, fitOptions]);

  // ---- the side panel, keyboard and focus
  // A claim dropped on an edge's middle, a ⊘ or a "together" node undercuts or joins (use-argument-overlay.tsx).
  const argumentRef = useRef<ReturnType<typeof useArgumentOverlay> | null>(null);
  const takeArgumentDrop = useCallback(
    (fromId: string, toId: string | null, point: { clientX: number; clientY: number } | null) => {
      const at = point ? screenToFlowPosition({ x: point.clientX, y: point.clientY }) : null;
      return argumentRef.current?.onDrop(fromId, toId, at, getZoom()) ?? false;
    },
    [screenToFlowPosition, getZoom],
  );
  const link = useLinkByDrag(kindOf, canLink, takeArgumentDrop);
  const panel = useGraphPanel({
    selectOnly,
    canSaveLayout: canMoveNodes,
    onArrowMove: layout.scheduleKeyboardMoveSave,
    escapePaused: link.pendingLink !== null,
    onEscapeWithoutPanel: focus.trail.length > 0 ? leaveFocus : null,
  });
  const { opened, openNode } = panel;
  const onNodeClick: NodeMouseHandler<TGraphFlowNode> = useCallback(
    (_event, node) => {
      // An undercut's ⊘ or a group's "together" node opens the claim it bears on.
      const argumentClaim = argumentRef.current?.claimOfNode(node);
      if (argumentClaim) openNode("claim", argumentClaim);
      else if (node.type === "claim" || node.type === "evidence") openNode(node.type, node.id);
    },
    [openNode],
  );

  // Focusing moves the view to the neighbourhood once it is laid out: all of it if that is readable, else the focus
  // at a readable zoom with its neighbours around it. Leaving shows the whole board.
  const focusKey = `${focusCentre ?? ""} ${focus.hops} ${shown.focusFound} ${focusLayout !== null}`;
  const lastFocusKey = useRef(focusKey);
  useEffect(() => {
    if (lastFocusKey.current === focusKey) return;
    lastFocusKey.current = focusKey;
    const frame = requestAnimationFrame(() => {
      const { width, height } = flowStore.getState();
      if (shown.focusFound && flowNodes) {
        void setViewport(firstViewport(flowNodes, [focusCentre!, ...flowNodes.map((node) => node.id)], { width, height }), { duration: 300 });
      } else void fitView(fitOptions);
    });
    return () => cancelAnimationFrame(frame);
  }, [focusKey, focusCentre, shown.focusFound, flowNodes, flowStore, setViewport, fitView, fitOptions]);

  // ---- the first view: readable, centred on the main conclusions (or the focus), before anything is measured
  const [canvasSize, setCanvasSize] = useState<{ width: number; height: number } | null>(null);
  const { setCanvas } = panel;
  const canvasCallbackRef = useCallback(
    (element: HTMLDivElement | null) => {
      setCanvas(element);
      if (element) setCanvasSize((size) => size ?? { width: element.clientWidth, height: element.clientHeight });
    },
    [setCanvas],
  );
  // Found when asked for (the first view, the skip link), not on every change of a big graph.
  const conclusionsOf = useCallback(() => (shown.focusFound ? [focusCentre!] : mainConclusions(shown.graph)), [shown, focusCentre]);
  const [initialViewport, setInitialViewport] = useState<Viewport | null>(null);
  // A focus opened from the address waits for its neighbourhood's own layout (loaded, or in the worker), so the first
  // view is of that layout: a later move, before React Flow has its pan and zoom, would be lost.
  if (!initialViewport && canvasSize && flowNodes && (!shown.focusFound || focusLayout)) {
    // A focus opened from the address opens as focusing on the page does.
    setInitialViewport(
      shown.focusFound
        ? firstViewport(flowNodes, [focusCentre!, ...flowNodes.map((node) => node.id)], canvasSize)
        : firstViewport(flowNodes, conclusionsOf(), canvasSize),
    );
  }

  const storeShowLabels = useStore(selectShowLabels);
  const storeLowDetail = useStore(selectLowDetail);
  const startZoom = initialViewport?.zoom ?? 1;
  const showLabels = storeShowLabels ?? startZoom >= LABEL_MIN_ZOOM;
  const lowDetail = storeLowDetail ?? startZoom < LOW_DETAIL_ZOOM;
  const [edgeCache] = useState(createEdgeCache);
  const edges = useMemo(() => {
    const base = toFlowEdges(shown.graph, showLabels, edgeCache, virtualise);
    if (shown.summaries.length === 0) return base;
    return [...base, ...toSummaryEdges(shown.summaries)];
  }, [shown, showLabels, edgeCache, virtualise]);
  const actions = useMemo(() => ({ expand: toggleCollapsed }), [toggleCollapsed]);
  // A small board's first view draws only what is in view; the rest follows (use-rest-after-first-view.ts).
  const restDrawn = useRestAfterFirstView(initialViewport !== null && flowNodes !== null);
  useEffect(() => {
    // What the next click may need, loaded once the first view is up.
    if (restDrawn) Promise.all([loadGraphSidePanel(), loadLayouts()]).catch(() => undefined); // tried again when needed
  }, [restDrawn]);
  const argumentOverlay = useArgumentOverlay({ board, graph: shown.graph, flowNodes: nodes, direction, showLabels });
  useEffect(() => {
    argumentRef.current = argumentOverlay;
  });
  const shownNodes = useMemo(() => (argumentOverlay.nodes.length ? [...nodes, ...argumentOverlay.nodes] : nodes), [nodes, argumentOverlay.nodes]);
  const shownEdges = useMemo(() => (argumentOverlay.edges.length ? [...edges, ...argumentOverlay.edges] : edges), [edges, argumentOverlay.edges]);

  // ---- skip link: to the first main conclusion (or the first node), which the view then follows
  const skipToFirstNode = useCallback(() => {
    const id = conclusionsOf()[0] ?? nodes[0]?.id;
    if (id) panel.focusNode(id, { reveal: true });
  }, [conclusionsOf, nodes, panel]);

  // ---- render
  const statementOf = useCallback((id: string) => claims.find((claim) => claim.id === id)?.statement ?? "a claim not shown", [claims]);
  const shownClaims = useMemo(() => graph.nodes.filter((node) => node.type === "claim").length, [graph]);
  const filterActive = isFilterActive(filter);
  const frameRef = useRef<HTMLDivElement>(null);
  const linkClaim = link.pendingLink ? claims.find((claim) => claim.id === link.pendingLink!.claimId) : undefined;
  const linkEvidence = link.pendingLink ? evidence.find((item) => item.id === link.pendingLink!.evidenceId) : undefined;
  const openedClaimId = opened?.kind === "claim" ? opened.id : null;

  return (
    <div className={`graph-layout${opened ? " with-panel" : ""}`} data-testid="graph-view">
      <div className="graph-main">
        <a href="#graph-canvas" className="skip-link" onClick={(event) => (event.preventDefault(), skipToFirstNode())}>
          Skip to the graph&apos;s first node
        </a>
        <GraphToolbar
          direction={direction}
          filter={filter}
          shownClaims={shownClaims}
          totalClaims={claims.length}
          busy={layout.layoutBusy}
          canChangeLayout={canSaveLayout}
          status={layout.status}
          error={layout.layoutError ?? collapseError}
          onDirectionChange={layout.onDirectionChange}
          onRelayout={layout.onRelayout}
          onFilterChange={setFilter}
        />
        <div className="graph-actions-row">
          <GraphFocusBar
            focus={focus}
            statementOf={statementOf}
            openedClaimId={openedClaimId}
            openedCollapsed={openedClaimId !== null && collapsed.has(openedClaimId)}
            canCollapse
            onFitAll={requestFit}
            onFocus={focusOn}
            onBackTo={backTo}
            onHops={setHops}
            onLeave={leaveFocus}
            onToggleCollapse={toggleCollapsed}
          />
          <GraphImageExport frameRef={frameRef} title={board.title} />
        </div>
        <div className="graph-export-frame" ref={frameRef}>
          <p className="graph-export-title">{board.title}</p>
          <GraphLegend />
          <div className="graph-canvas" id="graph-canvas" ref={canvasCallbackRef} onKeyDown={panel.onCanvasKeyDown}>
            {initialViewport && flowNodes ? (
              <GraphLowDetailContext.Provider value={lowDetail}>
                <GraphActionsContext.Provider value={actions}>
                  <ReactFlow<TGraphFlowNode, TGraphFlowEdge>
                    nodes={shownNodes}
                    edges={shownEdges}
                    nodeTypes={GRAPH_NODE_TYPES}
                    edgeTypes={GRAPH_EDGE_TYPES}
                    onNodesChange={onNodesChange}
                    onNodeClick={onNodeClick}
                    onPaneClick={panel.onPaneClick}
                    onNodeDragStop={canMoveNodes ? layout.onNodeDragStop : undefined}
                    onConnectEnd={canLink ? link.onConnectEnd : undefined}
                    isValidConnection={link.isValidConnection}
                    nodesDraggable={canMoveNodes}
                    nodesConnectable={canLink}
                    connectionMode={ConnectionMode.Loose}
                    connectionRadius={30}
                    connectionLineStyle={CONNECTION_LINE_STYLE}
                    defaultViewport={initialViewport}
                    minZoom={MIN_ZOOM}
                    maxZoom={MAX_ZOOM}
                    onlyRenderVisibleElements={virtualise || !restDrawn}
                    nodesFocusable
                    edgesFocusable={false}
                    edgesReconnectable={false}
                    deleteKeyCode={null}
                    colorMode={colorScheme}
                  >
                    <EdgeMarkers />
                    {/* A big board has no dot grid: any full-canvas layer behind the flow makes the browser composite the
                        whole flow as layers of its own, which without a GPU cost more than the rest of a pan frame. */}
                    {virtualise ? null : <Background gap={24} color="var(--border)" />}
                    {virtualise ? (
                      <GraphOverview nodes={nodes} colorOf={minimapNodeColor} colorScheme={colorScheme} ariaLabel={OVERVIEW_LABEL} />
                    ) : (
                      <MiniMap<TGraphFlowNode> nodeColor={minimapNodeColor} pannable zoomable ariaLabel={OVERVIEW_LABEL} />
                    )}
                    <Controls showInteractive={false} fitViewOptions={fitOptions} />
                    {layoutPending ? (
                      <Panel position="top-center" className="graph-layout-pending" data-testid="graph-layout-pending" role="status">
                        Laying out the rest of the graph…
                      </Panel>
                    ) : null}
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
                          <p>This board has no claims or evidence yet.{canCreateClaim ? " Add claims from the Article tab." : ""}</p>
                        )}
                      </Panel>
                    ) : null}
                  </ReactFlow>
                </GraphActionsContext.Provider>
              </GraphLowDetailContext.Provider>
            ) : (
              <p className="graph-loading muted" aria-busy="true">
                Laying the graph out…
              </p>
            )}
          </div>
        </div>
      </div>
      {panel.sidePanel}
      {argumentOverlay.dialog}
      {link.pendingLink && linkClaim && linkEvidence && canLink ? (
        <StanceChooserDialog
          evidenceTitle={linkEvidence.title}
          claimStatement={linkClaim.statement}
          pending={link.pending}
          error={link.error}
          onChoose={link.chooseStance}
          onCancel={link.cancelLink}
        />
      ) : null}
    </div>
  );
}

const EMPTY_NODES: TGraphFlowNode[] = [];
const NO_POSITIONS: Record<string, never> = {};
