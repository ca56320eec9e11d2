"use client";

import { createContext, useCallback, useContext, useEffect, useMemo, useReducer, useState, type ReactNode } from "react";
import type { TActivityEntryView } from "@/lib/activity/types";
import { activityToBoardEvent } from "./activity-to-board-event";
import type { TBoardView } from "@/lib/board/types";
import { createBoardApi, type TBoardApi } from "./board-api";
import { boardReducer, type TBoardEvent } from "./board-reducer";
import { VerdictScaleProvider } from "../verdicts/verdict-scale-context";

export type TLiveStatus = "connecting" | "live" | "reconnecting";
type TActivityListener = (entry: TActivityEntryView) => void;
type TBoardStore = {
  board: TBoardView;
  dispatch: (event: TBoardEvent) => void;
  api: TBoardApi;
  live: TLiveStatus;
  /** Hears every live activity entry, also those the board view has no place for (comments); returns the unsubscribe. */
  onActivity: (listener: TActivityListener) => () => void;
};

const BoardContext = createContext<TBoardStore | null>(null);

/**
 * Holds the board for both the article and the graph view. It lives in the
 * board layout, so an edit made in one view is there in the other without a
 * reload. It provides the workspace's verdict scale too, which live updates change.
 */
export function BoardProvider({ initialBoard, children }: { initialBoard: TBoardView; children: ReactNode }) {
  const [board, dispatch] = useReducer(boardReducer, initialBoard);
  const api = useMemo(() => createBoardApi(initialBoard.id), [initialBoard.id]);
  const [listeners] = useState(() => new Set<TActivityListener>());
  const onActivity = useCallback(
    (listener: TActivityListener) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    [listeners],
  );
  const live = useLiveBoardUpdates(initialBoard.id, dispatch, listeners);
  const store = useMemo(() => ({ board, dispatch, api, live, onActivity }), [board, api, live, onActivity]);
  return (
    <BoardContext.Provider value={store}>
      <VerdictScaleProvider scale={board.verdictScale}>{children}</VerdictScaleProvider>
    </BoardContext.Provider>
  );
}

export function useBoardStore(): TBoardStore {
  const store = useContext(BoardContext);
  if (!store) throw new Error("useBoardStore must be used inside <BoardProvider>");
  return store;
}

/**
 * Replays every change recorded on the board (teammates' and one's own) as it
 * happens, and the workspace's: members, their roles (the viewer's own
 * included, so the controls follow) and the verdict scale.
 */
function useLiveBoardUpdates(
  boardId: string,
  dispatch: (event: TBoardEvent) => void,
  listeners: ReadonlySet<TActivityListener>,
): TLiveStatus {
  const [status, setStatus] = useState<TLiveStatus>("connecting");
  useEffect(() => {
    const source = new EventSource(`/api/boards/${encodeURIComponent(boardId)}/events`);
    source.onopen = () => setStatus("live");
    source.onerror = () => setStatus("reconnecting");
    source.onmessage = (message: MessageEvent<string>) => {
      const entry = JSON.parse(message.data) as TActivityEntryView;
      const event = activityToBoardEvent(entry);
      if (event) dispatch(event);
      for (const listener of listeners) listener(entry);
    };
    return () => source.close();
  }, [boardId, dispatch, listeners]);
  return status;
}
