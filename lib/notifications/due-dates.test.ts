import { describe, expect, it } from "vitest";
import { addDays, dueDescription, isOverdue } from "./due-dates";

describe("due dates", () => {
  it("adds days across a month end", () => {
    expect(addDays("2026-11-28", 7)).toBe("2026-12-05");
  });

  it("is overdue only before today and only until published", () => {
    expect(isOverdue("2026-12-01", "researching", "2026-12-02")).toBe(true);
    expect(isOverdue("2026-12-02", "researching", "2026-12-02")).toBe(false);
    expect(isOverdue("2026-12-01", "published", "2026-12-02")).toBe(false);
    expect(isOverdue(null, "researching", "2026-12-02")).toBe(false);
  });

  it("says how late or how soon in words", () => {
    expect(dueDescription("2026-11-29", "2026-12-02")).toBe("Overdue by 3 days");
    expect(dueDescription("2026-12-01", "2026-12-02")).toBe("Overdue by 1 day");
    expect(dueDescription("2026-12-02", "2026-12-02")).toBe("Due today");
    expect(dueDescription("2026-12-03", "2026-12-02")).toBe("Due tomorrow");
    expect(dueDescription("2026-12-06", "2026-12-02")).toBe("Due in 4 days");
  });
});
