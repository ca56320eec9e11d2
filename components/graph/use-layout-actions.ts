"use client";

import { useReactFlow, type OnNodeDrag } from "@xyflow/react";
import { useCallback, useEffect, useRef, useState } from "react";
import type { TGraphDirection } from "@/lib/schemas/vocabulary";
import { useBoardStore } from "../board/board-store";
import type { TGraphFlowEdge, TGraphFlowNode } from "./to-flow-elements";

const KEYBOARD_MOVE_SAVE_DELAY_MS = 600;
type TMovedPosition = { nodeId: string; x: number; y: number };

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : "Something went wrong.";
}

/** Saving dragged and keyboard-moved positions, re-laying out and changing direction, with their status. */
export function useLayoutActions(callbacks: { onRelaidOut: () => void; onSaveFailed: () => void }) {
  const { api, dispatch } = useBoardStore();
  const { getNodes } = useReactFlow<TGraphFlowNode, TGraphFlowEdge>();
  const [layoutBusy, setLayoutBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [layoutError, setLayoutError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);
  const { onRelaidOut, onSaveFailed } = callbacks;

  const savePositions = useCallback(
    async (moved: TMovedPosition[]) => {
      // Summary nodes of collapsed claims are drawn beside their claim, never saved.
      const real = moved.filter((p) => !p.nodeId.startsWith("summary:"));
      if (real.length === 0) return;
      setLayoutError(null);
      setStatus(real.length === 1 ? "Saving the position…" : `Saving ${real.length} positions…`);
      try {
        await api.savePositions({ positions: real });
        dispatch({ type: "positionsSaved", positions: Object.fromEntries(real.map((p) => [p.nodeId, { x: p.x, y: p.y }])), replaceAll: false });
        setStatus(null);
      } catch (error) {
        setStatus(null);
        setLayoutError(`The position was not saved: ${messageOf(error)}`);
        onSaveFailed(); // put the node back where the store has it
      }
    },
    [api, dispatch, onSaveFailed],
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
        setGeneration((n) => n + 1);
        onRelaidOut();
        setStatus(null);
      } catch (error) {
        setStatus(null);
        setLayoutError(`The layout was not changed: ${messageOf(error)}`);
      } finally {
        setLayoutBusy(false);
      }
    },
    [api, dispatch, onRelaidOut],
  );
  const onDirectionChange = useCallback((next: TGraphDirection) => void relayout(next), [relayout]);
  const onRelayout = useCallback(() => void relayout(), [relayout]);

  const onNodeDragStop: OnNodeDrag<TGraphFlowNode> = useCallback(
    (_event, _node, dragged) => void savePositions(dragged.map((node) => ({ nodeId: node.id, x: node.position.x, y: node.position.y }))),
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

  return { layoutBusy, status, layoutError, generation, onDirectionChange, onRelayout, onNodeDragStop, scheduleKeyboardMoveSave };
}
