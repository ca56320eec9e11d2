"use client";

import { useCallback } from "react";
import { roleCan, type TAction } from "@/lib/permissions/roles";
import { useBoardStore } from "../board/board-store";

// An archived board is read-only: the UI offers nothing that changes it.
const READS: ReadonlySet<TAction> = new Set(["board.read", "discussion.read", "workspace.readMembers"]);

/** Whether the person viewing the board may do `action`, so the UI offers only that; the server checks again. */
export function useViewerCan(): (action: TAction) => boolean {
  const { board } = useBoardStore();
  const role = board.viewer.role;
  const archived = Boolean(board.archivedAt);
  return useCallback(
    (action: TAction) => role !== null && roleCan(role, action) && (!archived || READS.has(action)),
    [role, archived],
  );
}
