"use client";

import { createContext, useContext, useMemo, useReducer, type ReactNode } from "react";
import type { TBoardView } from "@/lib/board/types";
import { createBoardApi, type TBoardApi } from "./board-api";
import { boardReducer, type TBoardEvent } from "./board-reducer";

type TBoardStore = { board: TBoardView; dispatch: (event: TBoardEvent) => void; api: TBoardApi };

const BoardContext = createContext<TBoardStore | null>(null);

/**
 * Holds the board for both the article and the graph view. It lives in the
 * board layout, so an edit made in one view is there in the other without a reload.
 */
export function BoardProvider({ initialBoard, children }: { initialBoard: TBoardView; children: ReactNode }) {
  const [board, dispatch] = useReducer(boardReducer, initialBoard);
  const api = useMemo(() => createBoardApi(initialBoard.id), [initialBoard.id]);
  const store = useMemo(() => ({ board, dispatch, api }), [board, api]);
  return <BoardContext.Provider value={store}>{children}</BoardContext.Provider>;
}

export function useBoardStore(): TBoardStore {
  const store = useContext(BoardContext);
  if (!store) throw new Error("useBoardStore must be used inside <BoardProvider>");
  return store;
}
