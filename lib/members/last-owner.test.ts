import { describe, expect, it } from "vitest";
import { ROLES } from "../permissions/roles";
import { lastOwnerProblem } from "./last-owner";
import { withArticle } from "./role-labels";

const ada = { name: "Ada", role: "owner" as const, isSelf: false };

describe("lastOwnerProblem", () => {
  it("refuses demoting or removing the only owner", () => {
    expect(lastOwnerProblem(ada, "editor", 1)).toMatch(/^Ada is the workspace's only owner\. Make someone else an owner first/);
    expect(lastOwnerProblem(ada, null, 1)).toMatch(/can't leave/);
    expect(lastOwnerProblem({ ...ada, isSelf: true }, null, 1)).toMatch(/^You are the workspace's only owner, so you can't leave/);
  });
  it("allows it when another owner remains", () => {
    expect(lastOwnerProblem(ada, "viewer", 2)).toBeNull();
    expect(lastOwnerProblem(ada, null, 2)).toBeNull();
  });
  it("allows keeping the only owner an owner, and any change to other roles", () => {
    expect(lastOwnerProblem(ada, "owner", 1)).toBeNull();
    for (const role of ROLES.filter((r) => r !== "owner")) {
      expect(lastOwnerProblem({ name: "Bo", role, isSelf: false }, null, 1)).toBeNull();
      expect(lastOwnerProblem({ name: "Bo", role, isSelf: false }, "owner", 1)).toBeNull();
    }
  });
});

describe("withArticle", () => {
  it("uses an before vowels", () => {
    expect(withArticle("editor")).toBe("an editor");
    expect(withArticle("owner")).toBe("an owner");
    expect(withArticle("checker")).toBe("a checker");
    expect(withArticle("viewer")).toBe("a viewer");
  });
});
