// The board's tables as the client pages through them (GET /api/boards/:id/rows), when the page sent only a slice.
import { BOARD_ROW_TABLES, type TBoardRowTable } from "../schemas/board-rows";
import type {
  TClaimRelationView,
  TClaimView,
  TCorrectionView,
  TEvidenceLinkView,
  TEvidenceView,
  TPremiseGroupView,
  TUndercutView,
} from "./types";

export type TBoardRowCounts = Record<TBoardRowTable, number>;

export type TBoardRowsByTable = {
  claims: TClaimView[];
  evidence: TEvidenceView[];
  links: TEvidenceLinkView[];
  relations: TClaimRelationView[];
  undercuts: TUndercutView[];
  premiseGroups: TPremiseGroupView[];
  positions: { nodeId: string; x: number; y: number }[];
  corrections: TCorrectionView[];
};

export type TBoardRowsPage<T extends TBoardRowTable = TBoardRowTable> = {
  table: T;
  rows: TBoardRowsByTable[T];
  total: number;
  /** The `after` cursor for the next page, or null after the last. */
  nextCursor: string | null;
};

/**
 * The tables a client pages in: those that had rows when the page was made. An empty one hears of rows added since
 * from the live stream only, as every table of a small board's page does.
 */
export function tablesToPage(totals: TBoardRowCounts): TBoardRowTable[] {
  return BOARD_ROW_TABLES.filter((table) => totals[table] > 0);
}

/** The address of one page; the same string for the client's fetch and the page's preload of it, so the two meet. */
export function boardRowsPath(boardId: string, table: TBoardRowTable, after: string | null = null): string {
  return `/api/boards/${encodeURIComponent(boardId)}/rows?table=${table}${after === null ? "" : `&after=${encodeURIComponent(after)}`}`;
}
