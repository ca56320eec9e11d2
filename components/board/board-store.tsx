"use client";

import { createContext, useCallback, useContext, useEffect, useMemo, useReducer, useRef, useState, type ReactNode } from "react";
import type { TActivityEntryView } from "@/lib/activity/types";
import { activityToBoardEvent } from "./activity-to-board-event";
import type { TBoardView } from "@/lib/board/types";
import { createBoardApi, type TBoardApi } from "./board-api";
import { boardReducer, type TBoardEvent } from "./board-reducer";
import { VerdictScaleProvider } from "../verdicts/verdict-scale-context";
import { BoardStrengthsProvider } from "./board-strengths";
import { useRestOfBoard, type TBoardLoading } from "./use-rest-of-board";
import type { TBoardRowCounts } from "@/lib/board/board-rows";

export type TLiveStatus = "connecting" | "live" | "reconnecting";
type TActivityListener = (entry: TActivityEntryView) => void;
type TBoardStore = {
  board: TBoardView;
  dispatch: (event: TBoardEvent) => void;
  api: TBoardApi;
  live: TLiveStatus;
  /**
   * While the rows a large board's page left out are paged in (with the error that stopped it, if one did); null once
   * the board is whole. How far it has got is useBoardLoadingProgress's, so a page arriving re-renders only that.
   */
  loading: { error: string | null } | null;
  /** Hears every live activity entry, also those the board view has no place for (comments); returns the unsubscribe. */
  onActivity: (listener: TActivityListener) => () => void;
};

const BoardContext = createContext<TBoardStore | null>(null);
const LoadingProgressContext = createContext<TBoardLoading | null>(null);

/**
 * Holds the board for both the article and the graph view. It lives in the
 * board layout, so an edit made in one view is there in the other without a
 * reload. It provides the workspace's verdict scale too, which live updates change.
 */
export function BoardProvider({
  initialBoard,
  complete = true,
  totals,
  children,
}: {
  initialBoard: TBoardView;
  /** False when the page carried only the first slice of a large board: the rest is paged in from the API. */
  complete?: boolean;
  totals?: TBoardRowCounts;
  children: ReactNode;
}) {
  const [board, dispatch] = useReducer(boardReducer, initialBoard);
  // Live changes that arrive while the rest of the board is paged in wait, and apply after it.
  const held = useRef<TBoardEvent[] | null>(complete ? null : []);
  const liveDispatch = useCallback((event: TBoardEvent) => {
    if (held.current) held.current.push(event);
    else dispatch(event);
  }, []);
  const api = useMemo(() => createBoardApi(initialBoard.id), [initialBoard.id]);
  const [listeners] = useState(() => new Set<TActivityListener>());
  const onActivity = useCallback(
    (listener: TActivityListener) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    [listeners],
  );
  const live = useLiveBoardUpdates(initialBoard.id, liveDispatch, listeners);
  const progress = useRestOfBoard(api, complete ? null : (totals ?? null), (rows) => {
    dispatch({ type: "boardLoaded", rows });
    for (const event of held.current ?? []) dispatch(event);
    held.current = null;
  });
  // Changes when loading starts, fails or ends, not with every page: the board's views re-render for those only.
  const stillLoading = progress !== null;
  const loadingError = progress?.error ?? null;
  const loading = useMemo(() => (stillLoading ? { error: loadingError } : null), [stillLoading, loadingError]);
  const store = useMemo(() => ({ board, dispatch, api, live, loading, onActivity }), [board, api, live, loading, onActivity]);
  return (
    <BoardContext.Provider value={store}>
      <LoadingProgressContext.Provider value={progress}>
        <VerdictScaleProvider scale={board.verdictScale}>
          <BoardStrengthsProvider board={board} complete={loading === null}>
            {children}
          </BoardStrengthsProvider>
        </VerdictScaleProvider>
      </LoadingProgressContext.Provider>
    </BoardContext.Provider>
  );
}

export function useBoardStore(): TBoardStore {
  const store = useContext(BoardContext);
  if (!store) throw new Error("useBoardStore must be used inside <BoardProvider>");
  return store;
}

/** How far the paging in of a large board has got (null once it is whole), for the loading notice. */
export function useBoardLoadingProgress(): TBoardLoading | null {
  return useContext(LoadingProgressContext);
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
