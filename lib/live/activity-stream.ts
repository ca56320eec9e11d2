/**
 * Which newly read entries a stream has not sent yet. Transactions can commit
 * out of createdAt order, so each read looks back OVERLAP_MS and the ids
 * already sent are remembered for that long.
 */
export const OVERLAP_MS = 5_000;

export function createActivityCursor(start: Date) {
  let readFrom = new Date(start.getTime() - OVERLAP_MS);
  const sent = new Map<string, number>();
  return {
    /** Where the next read starts. */
    since: () => readFrom,
    /** Filters out entries already sent and moves the window on. */
    take<T extends { id: string; createdAt: string }>(entries: T[], now: Date): T[] {
      // Only ids older than the window just read can be forgotten: nothing that old is read again.
      for (const [id, at] of sent) if (at < readFrom.getTime()) sent.delete(id);
      const fresh = entries.filter((entry) => !sent.has(entry.id));
      for (const entry of fresh) sent.set(entry.id, new Date(entry.createdAt).getTime());
      readFrom = new Date(now.getTime() - OVERLAP_MS);
      return fresh;
    },
  };
}
