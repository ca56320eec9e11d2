"use client";

import type { IsValidConnection, OnConnectEnd } from "@xyflow/react";
import { useCallback, useState } from "react";
import type { TStance } from "@/lib/schemas/vocabulary";
import { useBoardStore } from "../board/board-store";
import { useAsyncAction } from "../ui/use-async-action";
import { linkPair, type TGraphFlowEdge } from "./to-flow-elements";

/** Linking by dragging between an evidence node and a claim node, then choosing a stance. */
export function useLinkByDrag(
  kindOf: ReadonlyMap<string, "claim" | "evidence">,
  canLink: boolean,
  /** Gets the drop first (undercuts and premise groups, use-argument-overlay.tsx); true when it took it. */
  takeDrop?: (fromId: string, toId: string | null, point: { clientX: number; clientY: number } | null) => boolean,
) {
  const { api, dispatch } = useBoardStore();
  const [pendingLink, setPendingLink] = useState<{ claimId: string; evidenceId: string } | null>(null);
  const { pending, error, setError, run } = useAsyncAction();

  const isValidConnection: IsValidConnection<TGraphFlowEdge> = useCallback(
    (connection) => linkPair(connection.source, connection.target, kindOf) !== null,
    [kindOf],
  );
  const onConnectEnd: OnConnectEnd = useCallback(
    (event, connection) => {
      const fromId = connection.fromNode?.id;
      if (!fromId || !canLink) return;
      let toId = connection.toNode?.id ?? null;
      const point = ("changedTouches" in event ? event.changedTouches[0] : event) ?? null;
      if (!toId) {
        // Dropped on a node's body rather than on its handle: link to that node.
        const element = point ? document.elementFromPoint(point.clientX, point.clientY) : null;
        toId = element?.closest(".react-flow__node")?.getAttribute("data-id") ?? null;
      }
      if (takeDrop?.(fromId, toId, point)) return;
      const pair = linkPair(fromId, toId, kindOf);
      if (pair) {
        setError(null);
        setPendingLink(pair);
      }
    },
    [kindOf, setError, canLink, takeDrop],
  );
  const chooseStance = useCallback(
    (stance: TStance) => {
      if (!pendingLink) return;
      void run(async () => {
        const link = await api.createLink({ ...pendingLink, stance });
        dispatch({ type: "linkSaved", link });
        setPendingLink(null);
      });
    },
    [pendingLink, run, api, dispatch],
  );
  const cancelLink = useCallback(() => {
    setPendingLink(null);
    setError(null);
  }, [setError]);
  return { pendingLink, pending, error, isValidConnection, onConnectEnd, chooseStance, cancelLink };
}
