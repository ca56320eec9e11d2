"use client";

import type { TBoardGraph, TPoint } from "@/lib/graph/types";
import type { TGraphDirection } from "@/lib/schemas/vocabulary";
import { useAutoLayout } from "./use-auto-layout";

const NO_GRAPH: TBoardGraph = { nodes: [], edges: [] };

/**
 * A focused neighbourhood's own compact layout: on a big board its nodes sit far apart in the whole board's
 * positions, so a fit to them zooms out until nothing can be read. Null out of focus, and while the layout of a
 * new neighbourhood is still being computed (the whole board's positions stand in meanwhile).
 */
export function useFocusLayout(neighbourhood: TBoardGraph | null, direction: TGraphDirection, generation: number): Record<string, TPoint> | null {
  const { positions, pending } = useAutoLayout(neighbourhood ?? NO_GRAPH, direction, generation, neighbourhood !== null, null);
  return neighbourhood && positions && !pending ? positions : null;
}
