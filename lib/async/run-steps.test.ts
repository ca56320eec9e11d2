import { describe, expect, it } from "vitest";
import { runInSlices, runToEnd, type TSteps } from "./run-steps";

function* countTo(n: number, seen: number[]): TSteps<string> {
  for (let i = 1; i <= n; i += 1) {
    seen.push(i);
    yield;
  }
  return `counted ${n}`;
}

describe("runToEnd and runInSlices", () => {
  it("run every step and answer the same result", async () => {
    const [once, sliced] = [[], []] as number[][];
    expect(runToEnd(countTo(5, once!))).toBe("counted 5");
    expect(await runInSlices(countTo(5, sliced!), async () => {})).toBe("counted 5");
    expect(sliced).toEqual(once);
  });
  it("pause between slices once a slice has run its time, and not before", async () => {
    let pauses = 0;
    await runInSlices(countTo(4, []), async () => void (pauses += 1), 0);
    expect(pauses).toBe(4);
    pauses = 0;
    await runInSlices(countTo(4, []), async () => void (pauses += 1), 60_000);
    expect(pauses).toBe(0);
  });
});
