// The board's tables as the client pages through them (GET /api/boards/:id/rows), when the page sent only a slice.
import type { TBoardRowTable } from "../schemas/board-rows";
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

/** The address of one page; the same string for the client's fetch and the page's preload of it, so the two meet. */
export function boardRowsPath(boardId: string, table: TBoardRowTable, after: string | null = null): string {
  return `/api/boards/${encodeURIComponent(boardId)}/rows?table=${table}${after === null ? "" : `&after=${encodeURIComponent(after)}`}`;
}
