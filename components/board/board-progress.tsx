import type { TBoardSummary } from "@/lib/board/types";

/** A board card's progress: published of all claims, as a bar and in words, and the overdue count when there are any. */
export function BoardProgress({ board }: { board: Pick<TBoardSummary, "id" | "claimCount" | "publishedCount" | "overdueCount"> }) {
  const labelId = `board-progress-${board.id}`;
  return (
    <div className="board-progress" data-testid="board-progress">
      <progress max={Math.max(board.claimCount, 1)} value={board.publishedCount} aria-labelledby={labelId} />
      <span id={labelId} className="small">
        <strong>{board.publishedCount}</strong> of {board.claimCount} published
      </span>
      {board.overdueCount > 0 ? (
        <span className="small board-progress-overdue" data-testid="board-overdue">
          <span aria-hidden="true">◷ </span>
          {board.overdueCount} overdue
        </span>
      ) : null}
    </div>
  );
}
