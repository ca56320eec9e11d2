"use client";

import { applyNodeChanges, type NodeChange, type OnNodesChange } from "@xyflow/react";
import { useCallback, useState } from "react";
import { reconcileNodes, type TGraphFlowNode } from "./to-flow-elements";

/**
 * Sizes are known in advance (the CSS draws nodes at exactly the layout's sizes), so React Flow's
 * measurements change nothing we hold. Passing them on would copy the whole node array, and
 * re-adopt every node in React Flow's store, each time a node scrolls into view while panning.
 */
function worthApplying(change: NodeChange<TGraphFlowNode>): boolean {
  return change.type !== "dimensions";
}

/**
 * The nodes React Flow draws, controlled so that drags are smooth: re-seeded when the computed
 * nodes change (unchanged ones keep their objects), moved and selected by React Flow's changes.
 */
export function useGraphNodes(flowNodes: TGraphFlowNode[], resync: number) {
  const [nodes, setNodes] = useState<TGraphFlowNode[]>(flowNodes);
  const [seeded, setSeeded] = useState({ from: flowNodes, resync });
  if (seeded.from !== flowNodes || seeded.resync !== resync) {
    setSeeded({ from: flowNodes, resync });
    setNodes((current) => reconcileNodes(flowNodes, current));
  }
  const onNodesChange: OnNodesChange<TGraphFlowNode> = useCallback((changes) => {
    const wanted = changes.filter(worthApplying);
    if (wanted.length > 0) setNodes((current) => applyNodeChanges(wanted, current));
  }, []);
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
  return { nodes, onNodesChange, selectOnly };
}
