import { describe, expect, it } from "vitest";
import { ACTIONS, roleCan } from "./roles";

describe("roleCan", () => {
  it("lets a viewer read and nothing else", () => {
    expect(roleCan("viewer", "board.read")).toBe(true);
    expect(roleCan("viewer", "workspace.readMembers")).toBe(true);
    expect(roleCan("viewer", "discussion.read")).toBe(true);
    for (const action of ACTIONS.filter((a) => !["board.read", "discussion.read", "workspace.readMembers"].includes(a))) {
      expect(roleCan("viewer", action)).toBe(false);
    }
  });
  it("lets a checker research but not rule or delete", () => {
    expect(roleCan("checker", "evidence.create")).toBe(true);
    expect(roleCan("checker", "link.create")).toBe(true);
    expect(roleCan("checker", "claim.review")).toBe(false);
    expect(roleCan("checker", "claim.propose")).toBe(true);
    expect(roleCan("checker", "claim.delete")).toBe(false);
    expect(roleCan("checker", "evidence.delete")).toBe(false);
    expect(roleCan("checker", "board.manage")).toBe(false);
  });
  it("gives editors every action but managing the workspace, and owners everything", () => {
    const ownerOnly = ["workspace.manageMembers", "workspace.editVerdictScale", "workspace.rename", "workspace.resetPasswords"];
    for (const action of ACTIONS) {
      expect(roleCan("editor", action)).toBe(!ownerOnly.includes(action));
      expect(roleCan("owner", action)).toBe(true);
    }
  });
});
