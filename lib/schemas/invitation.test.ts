import { describe, expect, it } from "vitest";
import { ZBoardVisibilityInput } from "./board-visibility";
import { ZInvitationAcceptInput, ZInvitationCreateInput } from "./invitation";
import { ZMemberRoleChangeInput } from "./membership";

const message = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((issue) => issue.message).join("; ");

describe("invitation and membership input", () => {
  it("takes a role and an optional note of up to 200 characters, trimmed", () => {
    expect(ZInvitationCreateInput.parse({ role: "checker" })).toEqual({ role: "checker", note: "" });
    expect(ZInvitationCreateInput.parse({ role: "viewer", note: "  For Sam  " })).toEqual({ role: "viewer", note: "For Sam" });
    expect(ZInvitationCreateInput.safeParse({ role: "viewer", note: "x".repeat(200) }).success).toBe(true);
    const long = ZInvitationCreateInput.safeParse({ role: "viewer", note: "x".repeat(201) });
    expect(message(long)).toBe("note is too long (at most 200 characters, counted as UTF-16 code units: some emoji count as 2)");
  });
  it("names the allowed roles when given another, and refuses unknown fields", () => {
    expect(message(ZInvitationCreateInput.safeParse({ role: "admin" }))).toBe("role must be one of: owner, editor, checker, viewer");
    expect(message(ZMemberRoleChangeInput.safeParse({ role: "boss" }))).toBe("role must be one of: owner, editor, checker, viewer");
    expect(ZInvitationCreateInput.safeParse({ role: "viewer", expiresAt: "2099-01-01" }).success).toBe(false);
    expect(ZMemberRoleChangeInput.safeParse({ role: "viewer", userId: "x" }).success).toBe(false);
  });
  it("accepts only tokens shaped like the ones it hands out", () => {
    expect(ZInvitationAcceptInput.safeParse({ token: "a".repeat(43) }).success).toBe(true);
    expect(ZInvitationAcceptInput.safeParse({ token: "a".repeat(42) }).success).toBe(false);
    expect(ZInvitationAcceptInput.safeParse({ token: `${"a".repeat(42)}=` }).success).toBe(false);
    expect(message(ZInvitationAcceptInput.safeParse({ token: 5 }))).toBe("token must be text");
  });
  it("takes public or private as a board's visibility", () => {
    expect(ZBoardVisibilityInput.parse({ visibility: "public" })).toEqual({ visibility: "public" });
    expect(message(ZBoardVisibilityInput.safeParse({ visibility: "secret" }))).toBe("visibility must be one of: private, public");
  });
});
