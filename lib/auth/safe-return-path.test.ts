import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./safe-return-path";

describe("safeReturnPath", () => {
  it("keeps same-site paths with their query", () => {
    expect(safeReturnPath("/boards/b1/review?mine=1")).toBe("/boards/b1/review?mine=1");
  });
  it("refuses other sites, protocol-relative and backslash tricks", () => {
    for (const bad of ["https://evil.example/", "//evil.example", "/\\evil.example", "javascript:alert(1)", "boards", "/a\nb"]) {
      expect(safeReturnPath(bad)).toBe("/");
    }
  });
  it("falls back when nothing is given", () => {
    expect(safeReturnPath(null, "/boards")).toBe("/boards");
    expect(safeReturnPath("", "/x")).toBe("/x");
  });
});
