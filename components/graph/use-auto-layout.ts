"use client";

import { useEffect, useRef, useState } from "react";
import { INSTANT_LAYOUT_MAX_ELEMENTS, layoutKey, layoutNodesKey, type TInitialLayout } from "@/lib/graph/layout-keys";
import type { TBoardGraph, TPoint } from "@/lib/graph/types";
import type { TGraphDirection } from "@/lib/schemas/vocabulary";
import type { TLayoutRequest, TLayoutResponse } from "./layout-messages";

type TLaidOut = { key: string; positions: Record<string, TPoint> };
type TLayoutModule = typeof import("@/lib/graph/auto-layout");

// The layouts (dagre and ours, ~50 KB) are not part of the page's first load: the server lays out the first graph of
// a small board, and the view loads them once its first view is drawn (loadLayouts), before anything needs them.
let layouts: TLayoutModule | null = null;
let loadingLayouts: Promise<TLayoutModule> | null = null;

/** Loads the main thread's layouts, once. */
export function loadLayouts(): Promise<TLayoutModule> {
  loadingLayouts ??= import("@/lib/graph/auto-layout").then(
    (module) => (layouts = module),
    (error: unknown) => {
      loadingLayouts = null; // tried again when next needed
      throw error;
    },
  );
  return loadingLayouts;
}

// Up to INSTANT_LAYOUT_MAX_ELEMENTS nodes + edges the layout runs on the main thread, in the render that needs it
// (when the server has not sent it; if the layouts have not loaded yet, once they have): starting the worker and loading its chunks cost more than the layout itself (the
// Basra board, 83 nodes and 76 edges: dagre ~10-70 ms, the worker round trip ~150-400 ms on a busy 2-core machine).

function mark(response: Pick<TLayoutResponse, "engine" | "ms">, graph: TBoardGraph, where: "worker" | "main thread") {
  // The benchmark reports user-timing measures; the layout's own time is in the name.
  performance.mark("graph:layout:end");
  performance.measure(
    `graph:layout ${response.engine} ${graph.nodes.length} nodes ${graph.edges.length} edges (${where} ${Math.round(response.ms)} ms)`,
    "graph:layout:start",
    "graph:layout:end",
  );
}

/**
 * The last layout done on this thread, kept outside React: when React restarts a first render (a mount it interrupts
 * keeps no state), the restart reuses it instead of laying the same graph out again (the bench saw Basra's twice).
 */
let lastHere: { key: string; positions: Record<string, TPoint> } | null = null;

/** The layout on this thread, with the user-timing marks the benchmark reports (they change nothing shown). */
function layOutHere(loaded: TLayoutModule, graph: TBoardGraph, direction: TGraphDirection): Record<string, TPoint> {
  const key = layoutKey(graph, direction);
  if (lastHere?.key === key) return lastHere.positions;
  performance.mark("graph:layout:start");
  const started = performance.now();
  const { positions, engine } = loaded.autoLayoutWithEngine(graph, direction);
  mark({ engine, ms: performance.now() - started }, graph, "main thread");
  lastHere = { key, positions };
  return positions;
}

/**
 * The automatic layout of `graph`, computed in a Web Worker (a small graph's on the main thread, at once, unless
 * `initial`, the server's layout of the page's first graph, already places its nodes); null until the first one arrives.
 * Only a change of nodes, direction or `generation` (Re-layout) lays the graph out afresh: an
 * edit of a title, verdict or link keeps every node where it was.
 */
export function useAutoLayout(
  graph: TBoardGraph,
  direction: TGraphDirection,
  generation: number,
  needed: boolean,
  initial: TInitialLayout | null,
): TAutoLayout {
  const nodesKey = layoutNodesKey(graph, direction);
  const key = `${generation} ${nodesKey}`;
  const [laidOut, setLaidOut] = useState<TLaidOut | null>(() =>
    initial && initial.nodesKey === nodesKey ? { key, positions: initial.positions } : null,
  );
  const onMainThread = graph.nodes.length + graph.edges.length <= INSTANT_LAYOUT_MAX_ELEMENTS;
  const worker = useRef<Worker | null>(null);
  const requestId = useRef(0);

  useEffect(
    () => () => {
      worker.current?.terminate();
      worker.current = null;
    },
    [],
  );

  useEffect(() => {
    if (!needed || laidOut?.key === key || (onMainThread && layouts)) return;
    const id = ++requestId.current;
    // Here, once the layouts have loaded: a small graph before they have, or any graph without a worker (an old
    // browser, or it failed to start).
    const withoutWorker = () =>
      void loadLayouts().then((loaded) => {
        if (requestId.current === id) setLaidOut({ key, positions: layOutHere(loaded, graph, direction) });
      });
    if (onMainThread || typeof Worker === "undefined") {
      withoutWorker();
      return;
    }
    performance.mark("graph:layout:start");
    // A classic worker: Turbopack's worker bootstrap loads its chunks with importScripts.
    worker.current ??= new Worker(new URL("./auto-layout.worker.ts", import.meta.url), { name: "graph-layout" });
    const current = worker.current;
    const onMessage = (event: MessageEvent<TLayoutResponse>) => {
      if (event.data.id !== id) return; // an older request, overtaken
      mark(event.data, graph, "worker");
      setLaidOut({ key, positions: event.data.positions });
    };
    const onError = () => {
      current.terminate();
      if (worker.current === current) worker.current = null;
      withoutWorker();
    };
    current.addEventListener("message", onMessage);
    current.addEventListener("error", onError);
    const request: TLayoutRequest = { id, graph, direction };
    current.postMessage(request);
    return () => {
      current.removeEventListener("message", onMessage);
      current.removeEventListener("error", onError);
    };
  }, [needed, onMainThread, key, laidOut?.key, graph, direction]);

  if (!needed) return NOT_NEEDED;
  if (onMainThread && layouts && laidOut?.key !== key) {
    // A small graph is laid out here and now; the state update re-renders before anything is committed.
    const positions = layOutHere(layouts, graph, direction);
    setLaidOut({ key, positions });
    return { positions, pending: false };
  }
  // While a new layout is computed, the last one stands in (nodes it does not place wait, see toFlowNodes).
  return { positions: laidOut ? laidOut.positions : null, pending: laidOut?.key !== key };
}

/** The positions laid out (null until the first layout arrives), and whether a newer layout is still being computed. */
export type TAutoLayout = { positions: Record<string, TPoint> | null; pending: boolean };
const NOT_NEEDED: TAutoLayout = { positions: {}, pending: false };
