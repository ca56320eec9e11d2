"use client";

import { useBoardLoadingProgress } from "./board-store";
import { formatCount } from "@/lib/display/format-count";

/** Says, in words and as a bar, that a large board is still arriving (or that it stopped arriving). */
export function BoardLoadingNotice() {
  const loading = useBoardLoadingProgress();
  if (!loading) return null;
  return (
    <div className="board-loading" role="status" aria-live="polite">
      {loading.error ? (
        <p>Could not load the rest of this board ({loading.error}). Reload the page to try again.</p>
      ) : (
        <>
          <progress aria-label="Loading the board" value={loading.rowsLoaded} max={Math.max(loading.rowsTotal, 1)} />
          <p>
            This is a large board: showing its first claims while the rest loads ({formatCount(loading.rowsLoaded)} of{" "}
            {formatCount(loading.rowsTotal)} rows).
          </p>
        </>
      )}
    </div>
  );
}
