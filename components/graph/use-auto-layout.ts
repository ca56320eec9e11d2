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
    if (typeof Worker === "undefined") {
      const started = performance.now();
      const { positions, engine } = autoLayoutWithEngine(graph, direction);
      mark({ engine, ms: performance.now() - started }, graph);
      // No workers here (an old browser): the layout runs on the main thread, answered a task later.
      const timer = setTimeout(() => setLaidOut({ key, positions }), 0);
      return () => clearTimeout(timer);
    }
    worker.current ??= new Worker(new URL("./auto-layout.worker.ts", import.meta.url), { type: "module", name: "graph-layout" });
    const onMessage = (event: MessageEvent<TLayoutResponse>) => {
      if (event.data.id !== id) return; // an older request, overtaken
      mark(event.data, graph);
      setLaidOut({ key, positions: event.data.positions });
    };
    const current = worker.current;
    current.addEventListener("message", onMessage);
    const request: TLayoutRequest = { id, graph, direction };
    current.postMessage(request);
    return () => current.removeEventListener("message", onMessage);
  }, [needed, key, laidOut?.key, graph, direction]);

  if (!needed) return EMPTY;
  // While a new layout is computed, the last one stands in (new nodes wait at the origin).
  return laidOut ? laidOut.positions : null;
}

const EMPTY: Record<string, TPoint> = {};
