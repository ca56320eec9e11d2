import { describe, expect, it } from "vitest";
import { LIMITS } from "../schemas/fields";
import { distinctBoardTitle } from "./distinct-board-title";

const ON = new Date("2026-12-02T10:00:00Z");

describe("distinctBoardTitle", () => {
  it("keeps a title no board has", () => {
    expect(distinctBoardTitle("Basra hospital", new Set(["Other"]), ON)).toBe("Basra hospital");
  });
  it("names a repeat by its import date, then numbers further repeats", () => {
    expect(distinctBoardTitle("Basra hospital", new Set(["Basra hospital"]), ON)).toBe("Basra hospital (imported 2026-12-02)");
    const taken = new Set(["Basra hospital", "Basra hospital (imported 2026-12-02)", "Basra hospital (imported 2026-12-02, 2)"]);
    expect(distinctBoardTitle("Basra hospital", taken, ON)).toBe("Basra hospital (imported 2026-12-02, 3)");
  });
  it("shortens a long title, never the suffix, and never splits an emoji", () => {
    const long = `${"x".repeat(LIMITS.title - 20)}${"🙂".repeat(10)}`;
    const result = distinctBoardTitle(long, new Set([long]), ON);
    expect(result.length).toBeLessThanOrEqual(LIMITS.title);
    expect(result.endsWith(" (imported 2026-12-02)")).toBe(true);
    expect(result).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});
