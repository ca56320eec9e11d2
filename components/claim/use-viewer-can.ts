"use client";

import { useCallback } from "react";
import { roleCan, type TAction } from "@/lib/permissions/roles";
import { useBoardStore } from "../board/board-store";

/** Whether the person viewing the board may do `action`, so the UI offers only that; the server checks again. */
export function useViewerCan(): (action: TAction) => boolean {
  const { board } = useBoardStore();
  const role = board.viewer.role;
  return useCallback((action: TAction) => role !== null && roleCan(role, action), [role]);
}
