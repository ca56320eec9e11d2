"use client";
// The benchmark's yardstick: React Flow with default nodes and edges and the
// same chrome as the graph view (MiniMap, Controls, Background), nothing else.
import { Background, Controls, MiniMap, ReactFlow, type Edge, type Node } from "@xyflow/react";
import "@xyflow/react/dist/style.css";
import { useEffect, useMemo } from "react";

const COLUMN_GAP = 200;
const ROW_GAP = 100;

/** n default nodes in a square-ish grid, and m edges between nearby nodes (i → i+1, then i → i+2, …). */
export function makeBareGraph(n: number, m: number): { nodes: Node[]; edges: Edge[] } {
  const columns = Math.max(1, Math.ceil(Math.sqrt(n)));
  const nodes: Node[] = Array.from({ length: n }, (_, i) => ({
    id: `n${i}`,
    position: { x: (i % columns) * COLUMN_GAP, y: Math.floor(i / columns) * ROW_GAP },
    data: { label: `Node ${i + 1}` },
  }));
  const edges: Edge[] = [];
  if (n > 1) {
    for (let k = 0; k < m; k++) {
      const source = k % n;
      const step = 1 + (Math.floor(k / n) % (n - 1));
      const target = (source + step) % n;
      edges.push({ id: `e${k}`, source: `n${source}`, target: `n${target}` });
    }
  }
  return { nodes, edges };
}

export function BareReactFlow({
  nodeCount,
  edgeCount,
  visibleOnly = false,
}: {
  nodeCount: number;
  edgeCount: number;
  /** onlyRenderVisibleElements, as the graph view sets for big boards (a second yardstick, not the default). */
  visibleOnly?: boolean;
}) {
  const { nodes, edges } = useMemo(() => makeBareGraph(nodeCount, edgeCount), [nodeCount, edgeCount]);
  useEffect(() => {
    performance.mark("bench:bare:mounted");
  }, []);
  return (
    <div style={{ height: "calc(100vh - 45px)", width: "100%" }} data-bench-nodes={nodeCount} data-bench-edges={edgeCount}>
      <ReactFlow
        defaultNodes={nodes}
        defaultEdges={edges}
        fitView
        onlyRenderVisibleElements={visibleOnly}
        onInit={() => performance.mark("bench:bare:init")}
      >
        <Background />
        <MiniMap />
        <Controls />
      </ReactFlow>
    </div>
  );
}
