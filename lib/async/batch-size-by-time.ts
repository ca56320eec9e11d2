/** Bounds for batches sized by time: the size to start with, and the least and most rows a batch may hold. */
export type TBatchBounds = { targetMs: number; first: number; min: number; max: number };

/**
 * The next batch's size from how long the last one took: scaled toward the target time, at most doubling (one quick
 * batch is weak evidence), within min and max.
 */
export function nextBatchSize(rows: number, elapsedMs: number, { targetMs, min, max }: TBatchBounds): number {
  const scaled = elapsedMs > 0 ? Math.floor((rows * targetMs) / elapsedMs) : rows * 2;
  return Math.max(min, Math.min(max, rows * 2, scaled));
}
