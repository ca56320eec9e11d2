import { describe, expect, it } from "vitest";
import { ZEvidenceCreateInput, ZEvidenceUpdateInput } from "./evidence";
import { ZClaimUpdateInput } from "./claim";
import { ZIsoDate, ZHttpUrl } from "./fields";
import { ZTextAnchor } from "./selector";

const message = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((issue) => issue.message).join("; ");

describe("ZHttpUrl", () => {
  it("accepts http and https addresses", () => {
    expect(ZHttpUrl.parse(" https://example.org/a?b=1 ")).toBe("https://example.org/a?b=1");
    expect(ZHttpUrl.safeParse("http://example.org").success).toBe(true);
  });
  it.each(["javascript:alert(1)", "JAVASCRIPT:alert(1)", "data:text/html,x", "vbscript:x", "ftp://x.org", "/relative", "//x.org", "https://", "not a url"])(
    "refuses %s",
    (value) => {
      const result = ZHttpUrl.safeParse(value);
      expect(result.success).toBe(false);
      expect(message(result)).toContain("http:// or https://");
    },
  );
});

describe("ZIsoDate", () => {
  it("accepts real calendar dates only", () => {
    expect(ZIsoDate.safeParse("2008-04-08").success).toBe(true);
    expect(ZIsoDate.safeParse("2008-02-30").success).toBe(false);
    expect(ZIsoDate.safeParse("8 April 2008").success).toBe(false);
  });
});

describe("evidence input", () => {
  it("fills defaults, turns empty optional fields into unknown, and trims", () => {
    expect(ZEvidenceCreateInput.parse({ title: "  A source  ", sourceType: "dataset", url: "", publisher: "  ", publishedOn: "" })).toEqual({
      title: "A source",
      sourceType: "dataset",
      url: null,
      publisher: null,
      publishedOn: null,
      excerpt: "",
      provenance: "",
      reliability: 3,
    });
  });
  it("refuses unknown fields, blank titles and out-of-range reliability with readable messages", () => {
    expect(message(ZEvidenceCreateInput.safeParse({ title: "x", sourceType: "other", verdict: "false" }))).toMatch(/verdict/);
    expect(message(ZEvidenceCreateInput.safeParse({ title: "   ", sourceType: "other" }))).toBe("title is required");
    expect(message(ZEvidenceCreateInput.safeParse({ title: "x", sourceType: "other", reliability: 6 }))).toBe("reliability must be from 1 to 5");
    expect(message(ZEvidenceCreateInput.safeParse({ title: "x", sourceType: "rumour" }))).toContain("sourceType must be one of");
  });
  it("needs at least one change in an update", () => {
    expect(message(ZEvidenceUpdateInput.safeParse({ version: 2 }))).toContain("nothing to change");
    expect(ZClaimUpdateInput.safeParse({ version: 2 }).success).toBe(false);
    expect(ZClaimUpdateInput.parse({ speaker: "Steele" })).toEqual({ speaker: "Steele" });
    expect(message(ZClaimUpdateInput.safeParse({ verdict: "false" }))).toMatch(/verdict can.t be set here: .*workflow/);
  });
});

describe("ZTextAnchor", () => {
  it("refuses an empty or inverted span", () => {
    expect(ZTextAnchor.safeParse({ exact: "a", prefix: "", suffix: "", start: 5, end: 5 }).success).toBe(false);
    expect(ZTextAnchor.safeParse({ exact: "", prefix: "", suffix: "", start: 0, end: 1 }).success).toBe(false);
    expect(ZTextAnchor.safeParse({ exact: "a", prefix: "", suffix: "", start: 0, end: 1 }).success).toBe(true);
  });
});

describe("ZClaimRelationCreateInput", () => {
  it("refuses a claim related to itself", async () => {
    const { ZClaimRelationCreateInput } = await import("./relation");
    const result = ZClaimRelationCreateInput.safeParse({ fromClaimId: "a", toClaimId: "a", type: "supports" });
    expect(message(result)).toBe("a claim cannot support or attack itself");
    expect(ZClaimRelationCreateInput.safeParse({ fromClaimId: "a", toClaimId: "b", type: "undermines" }).success).toBe(false);
  });
});
