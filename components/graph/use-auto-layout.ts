"use client";

import { useEffect, useRef, useState } from "react";
import { autoLayoutWithEngine, layoutNodesKey } from "@/lib/graph/auto-layout";
import type { TBoardGraph, TPoint } from "@/lib/graph/types";
import type { TGraphDirection } from "@/lib/schemas/vocabulary";
import type { TLayoutRequest, TLayoutResponse } from "./layout-messages";

type TLaidOut = { key: string; positions: Record<string, TPoint> };

function mark(response: Pick<TLayoutResponse, "engine" | "ms">, graph: TBoardGraph) {
  // The benchmark reports user-timing measures; the worker's own time is in the name.
  performance.mark("graph:layout:end");
  performance.measure(
    `graph:layout ${response.engine} ${graph.nodes.length} nodes ${graph.edges.length} edges (worker ${Math.round(response.ms)} ms)`,
    "graph:layout:start",
    "graph:layout:end",
  );
}

/**
 * The automatic layout of `graph`, computed in a Web Worker; null until the first one arrives.
 * Only a change of nodes, direction or `generation` (Re-layout) lays the graph out afresh: an
 * edit of a title, verdict or link keeps every node where it was.
 */
export function useAutoLayout(
  graph: TBoardGraph,
  direction: TGraphDirection,
  generation: number,
  needed: boolean,
): Record<string, TPoint> | null {
  const key = `${generation} ${layoutNodesKey(graph, direction)}`;
  const [laidOut, setLaidOut] = useState<TLaidOut | null>(null);
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
    if (!needed || laidOut?.key === key) return;
    const id = ++requestId.current;
    performance.mark("graph:layout:start");
    const onMainThread = () => {
      // No worker (an old browser, or it failed to start): the layout runs here, a task later.
      const started = performance.now();
      const { positions, engine } = autoLayoutWithEngine(graph, direction);
      mark({ engine, ms: performance.now() - started }, graph);
      setLaidOut({ key, positions });
    };
    if (typeof Worker === "undefined") {
      const timer = setTimeout(onMainThread, 0);
      return () => clearTimeout(timer);
    }
    // A classic worker: Turbopack's worker bootstrap loads its chunks with importScripts.
    worker.current ??= new Worker(new URL("./auto-layout.worker.ts", import.meta.url), { name: "graph-layout" });
    const current = worker.current;
    const onMessage = (event: MessageEvent<TLayoutResponse>) => {
      if (event.data.id !== id) return; // an older request, overtaken
      mark(event.data, graph);
      setLaidOut({ key, positions: event.data.positions });
    };
    const onError = () => {
      current.terminate();
      if (worker.current === current) worker.current = null;
      onMainThread();
    };
    current.addEventListener("message", onMessage);
    current.addEventListener("error", onError);
    const request: TLayoutRequest = { id, graph, direction };
    current.postMessage(request);
    return () => {
      current.removeEventListener("message", onMessage);
      current.removeEventListener("error", onError);
    };
  }, [needed, key, laidOut?.key, graph, direction]);

  if (!needed) return EMPTY;
  // While a new layout is computed, the last one stands in (new nodes wait at the origin).
  return laidOut ? laidOut.positions : null;
}

const EMPTY: Record<string, TPoint> = {};
