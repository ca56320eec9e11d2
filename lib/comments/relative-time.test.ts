import { describe, expect, it } from "vitest";
import { describeAbsoluteTime, describeRelativeTime } from "./relative-time";

const now = new Date("2026-03-12T14:05:00.000Z");
const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000).toISOString();

describe("describeRelativeTime", () => {
  it("reads naturally from seconds to days, then gives the date", () => {
    expect(describeRelativeTime(ago(10), now)).toBe("just now");
    expect(describeRelativeTime(ago(-20), now)).toBe("just now");
    expect(describeRelativeTime(ago(50), now)).toBe("1 minute ago");
    expect(describeRelativeTime(ago(5 * 60), now)).toBe("5 minutes ago");
    expect(describeRelativeTime(ago(3 * 3600), now)).toBe("3 hours ago");
    expect(describeRelativeTime(ago(26 * 3600), now)).toBe("yesterday");
    expect(describeRelativeTime(ago(3 * 86400), now)).toBe("3 days ago");
    expect(describeRelativeTime(ago(10 * 86400), now)).toBe("2 Mar 2026, 14:05 UTC");
  });
});

describe("describeAbsoluteTime", () => {
  it("is in UTC so server and browser agree", () => {
    expect(describeAbsoluteTime("2026-03-12T14:05:00.000Z")).toBe("12 Mar 2026, 14:05 UTC");
  });
});
