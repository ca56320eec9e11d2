import { describe, expect, it } from "vitest";
import { testActivityEntry } from "../testing/test-activity";
import { createActivityCursor, OVERLAP_MS } from "./activity-stream";

const entry = (id: string, at: number) => testActivityEntry({ id, createdAt: new Date(at).toISOString() });

describe("createActivityCursor", () => {
  it("looks back by the overlap and sends each entry once", () => {
    const t0 = 1_000_000;
    const cursor = createActivityCursor(new Date(t0));
    expect(cursor.since().getTime()).toBe(t0 - OVERLAP_MS);
    expect(cursor.take([entry("a", t0 + 10)], new Date(t0 + 500)).map((e) => e.id)).toEqual(["a"]);
    // A transaction that committed late, with an earlier timestamp, is still caught; "a" is not sent twice.
    expect(cursor.take([entry("late", t0 + 5), entry("a", t0 + 10), entry("b", t0 + 900)], new Date(t0 + 1000)).map((e) => e.id)).toEqual(["late", "b"]);
    expect(cursor.since().getTime()).toBe(t0 + 1000 - OVERLAP_MS);
  });
  it("never sends an entry twice, even at the edge of the window", () => {
    const t0 = 1_000_000;
    const cursor = createActivityCursor(new Date(t0));
    expect(cursor.take([entry("edge", t0 - OVERLAP_MS + 100)], new Date(t0)).map((e) => e.id)).toEqual(["edge"]);
    // The next read starts before "edge" was recorded, so it comes back; it must not be sent again.
    expect(cursor.take([entry("edge", t0 - OVERLAP_MS + 100)], new Date(t0 + 700)).map((e) => e.id)).toEqual([]);
  });
  it("forgets ids once no read can return them, so memory stays bounded", () => {
    const t0 = 1_000_000;
    const cursor = createActivityCursor(new Date(t0));
    cursor.take([entry("a", t0)], new Date(t0));
    cursor.take([], new Date(t0 + OVERLAP_MS + 1));
    // Reads now start after "a"; were it returned anyway, it would count as new.
    expect(cursor.take([entry("a", t0)], new Date(t0 + OVERLAP_MS + 700)).map((e) => e.id)).toEqual(["a"]);
  });
});
