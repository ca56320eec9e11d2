import { describe, expect, it } from "vitest";
import { nextBatchSize } from "./batch-size-by-time";

const bounds = { targetMs: 40, first: 200, min: 100, max: 2_000 };

describe("nextBatchSize", () => {
  it("shrinks a batch that took too long toward the target time", () => {
    expect(nextBatchSize(1_000, 80, bounds)).toBe(500);
    expect(nextBatchSize(400, 160, bounds)).toBe(100);
  });
  it("grows a quick batch, but at most doubles it", () => {
    expect(nextBatchSize(200, 20, bounds)).toBe(400);
    expect(nextBatchSize(200, 1, bounds)).toBe(400);
    expect(nextBatchSize(200, 0, bounds)).toBe(400);
  });
  it("keeps within the least and most rows", () => {
    expect(nextBatchSize(100, 10_000, bounds)).toBe(100);
    expect(nextBatchSize(1_500, 1, bounds)).toBe(2_000);
  });
  it("keeps a batch that took the target time as it is", () => {
    expect(nextBatchSize(300, 40, bounds)).toBe(300);
  });
});
