import { describe, expect, it } from "vitest";
import { ACCOUNT_NAME_MAX_LENGTH, checkAccountName } from "./account-name";

describe("checkAccountName", () => {
  it("accepts a name up to the limit, trimmed", () => {
    expect(checkAccountName("  Ann Lee ")).toEqual({ ok: true, name: "Ann Lee" });
    expect(checkAccountName("x".repeat(ACCOUNT_NAME_MAX_LENGTH))).toMatchObject({ ok: true });
  });
  it("refuses an empty name, a blank one and one over the limit, saying why", () => {
    expect(checkAccountName("")).toMatchObject({ ok: false, problem: expect.stringContaining("Enter your name") });
    expect(checkAccountName(" \t ")).toMatchObject({ ok: false });
    expect(checkAccountName(undefined)).toMatchObject({ ok: false });
    expect(checkAccountName("x".repeat(ACCOUNT_NAME_MAX_LENGTH + 1))).toMatchObject({
      ok: false,
      problem: "Your name is too long: at most 100 characters (counted as UTF-16 code units: some emoji count as 2).",
    });
  });
});
