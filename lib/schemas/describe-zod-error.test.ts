import { describe, expect, it } from "vitest";
import { z } from "zod";
import { describeZodError } from "./describe-zod-error";

describe("describeZodError", () => {
  it("names each field in the message and lists the issues with dotted paths", () => {
    const parsed = z.object({ a: z.object({ b: z.string() }), c: z.number() }).safeParse({ a: { b: 1 }, c: "x" });
    if (parsed.success) throw new Error("expected a failure");
    const { message, issues } = describeZodError(parsed.error);
    expect(issues.map((issue) => issue.path)).toEqual(["a.b", "c"]);
    expect(message).toBe(issues.map((issue) => `${issue.path}: ${issue.message}`).join("; "));
  });

  it("gives the bare message for a problem with the whole value", () => {
    const parsed = z.string().safeParse(1);
    if (parsed.success) throw new Error("expected a failure");
    const { message, issues } = describeZodError(parsed.error);
    expect(issues).toEqual([{ path: "", message: parsed.error.issues[0]!.message }]);
    expect(message).toBe(parsed.error.issues[0]!.message);
  });
});
