import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderPermissionTable } from "./permission-table";

describe("the README's permission table", () => {
  it("is exactly what the role rules allow", () => {
    const readme = readFileSync("README.md", "utf8");
    expect(readme).toContain(renderPermissionTable());
  });
});
