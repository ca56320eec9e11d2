import { describe, expect, it } from "vitest";
import { formatDay } from "./format-day";

describe("formatDay", () => {
  it("writes the UTC calendar day, whatever the machine's zone", () => {
    expect(formatDay("2026-11-25T23:30:00.000Z")).toBe("25 Nov 2026");
    expect(formatDay("2008-04-01")).toBe("1 Apr 2008");
  });
  it("leaves what is not a date as it is", () => {
    expect(formatDay("sometime")).toBe("sometime");
  });
});
