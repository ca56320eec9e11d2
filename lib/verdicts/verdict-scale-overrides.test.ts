import { describe, expect, it } from "vitest";
import { VERDICTS } from "../schemas/vocabulary";
import { contrastRatio, MIN_TEXT_CONTRAST } from "./color-contrast";
import { VERDICT_SCALE } from "./verdict-scale";
import {
  overridesForScale,
  parseStoredVerdictScale,
  resolveVerdictScale,
  ZVerdictScaleOverrides,
  ZVerdictScaleUpdateInput,
} from "./verdict-scale-overrides";

const issuesOf = (input: unknown) => {
  const result = ZVerdictScaleOverrides.safeParse(input);
  expect(result.success, "expected the overrides to be refused").toBe(false);
  return result.error!.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }));
};

describe("the default scale", () => {
  it.each(VERDICTS)("%s's colour is readable on white and on its tint", (verdict) => {
    const { color, tint } = VERDICT_SCALE[verdict];
    expect(contrastRatio(color, "#ffffff")).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
    expect(contrastRatio(color, tint)).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
  });

  it("passes its own validation when written out in full", () => {
    const full = Object.fromEntries(
      VERDICTS.map((verdict) => {
        const { label, color, tint, description, ratingValue } = VERDICT_SCALE[verdict];
        return [verdict, { label, color, tint, description, ratingValue }];
      }),
    );
    expect(ZVerdictScaleOverrides.safeParse(full).success).toBe(true);
  });
});

describe("ZVerdictScaleOverrides", () => {
  it("accepts a partial override and normalises colours to lower case", () => {
    const parsed = ZVerdictScaleOverrides.parse({
      false: { label: "  Pants on fire ", color: "#7F1D1D", ratingValue: 1 },
      opinion: { ratingValue: null },
    });
    expect(parsed).toEqual({ false: { label: "Pants on fire", color: "#7f1d1d", ratingValue: 1 }, opinion: { ratingValue: null } });
  });

  it("drops verdicts with nothing changed", () => {
    expect(ZVerdictScaleOverrides.parse({ verified: {}, disputed: { description: "" } })).toEqual({
      disputed: { description: "" },
    });
  });

  it("refuses an unknown verdict key and names the allowed ones", () => {
    const [issue] = issuesOf({ true: { label: "True" } });
    expect(issue?.message).toContain('unknown verdict "true"');
    expect(issue?.message).toContain("mostly_accurate");
  });

  it("refuses unknown fields, including the icon, which always stays the default's", () => {
    expect(issuesOf({ verified: { icon: "★" } })[0]).toMatchObject({ path: "verified" });
  });

  it.each([
    [{ verified: { label: "" } }, "verified.label", "label is required"],
    [{ verified: { label: "x".repeat(41) } }, "verified.label", "at most 40"],
    [{ verified: { description: "x".repeat(301) } }, "verified.description", "at most 300"],
    [{ verified: { color: "green" } }, "verified.color", "six hex digits"],
    [{ verified: { tint: "#fff" } }, "verified.tint", "six hex digits"],
    [{ verified: { ratingValue: 0 } }, "verified.ratingValue", "from 1 to 5"],
    [{ verified: { ratingValue: 6 } }, "verified.ratingValue", "from 1 to 5"],
    [{ verified: { ratingValue: 2.5 } }, "verified.ratingValue", "whole number"],
  ])("refuses %j at %s", (input, path, message) => {
    const issues = issuesOf(input);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toBe(path);
    expect(issues[0]?.message).toContain(message);
  });

  it("refuses a colour too light to read on white, with the figure and what to do", () => {
    const issues = issuesOf({ verified: { color: "#777777", tint: "#ffffff" } });
    expect(issues).toEqual([
      {
        path: "verified.color",
        message: expect.stringMatching(/^#777777 on white has a contrast of 4\.4:1; text needs at least 4\.5:1\. Choose a darker colour\.$/),
      },
      { path: "verified.color", message: expect.stringContaining("on the tint #ffffff has a contrast of 4.4:1") },
    ]);
  });

  it("reports a malformed colour and a faint one in the same save", () => {
    const issues = issuesOf({ verified: { color: "green" }, false: { color: "#fca5a5" } });
    expect(issues.map((issue) => issue.path).sort()).toEqual(["false.color", "false.color", "verified.color"]);
  });

  it("checks a new tint against the default colour and blames the tint", () => {
    // The default verified colour is dark green; a dark tint behind it is unreadable.
    const issues = issuesOf({ verified: { tint: "#14532d" } });
    expect(issues).toEqual([
      { path: "verified.tint", message: expect.stringContaining("Choose a lighter tint or a darker colour.") },
    ]);
  });

  it("checks a new colour against the default tint", () => {
    // Readable on white (5.0:1) but not on the default orange tint.
    expect(contrastRatio("#b45309", "#ffffff")).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
    const issues = issuesOf({ misleading: { color: "#b45309" } });
    expect(issues.map((issue) => issue.path)).toEqual(["misleading.color"]);
    expect(issues[0]?.message).toContain("on the tint #ffedd5");
  });
});

describe("resolveVerdictScale", () => {
  it("is the default scale without overrides", () => {
    expect(resolveVerdictScale(null)).toEqual(VERDICT_SCALE);
    expect(resolveVerdictScale({})).toEqual(VERDICT_SCALE);
  });

  it("merges overrides field by field and keeps every icon", () => {
    const scale = resolveVerdictScale({
      false: { label: "Pants on fire", color: "#7f1d1d" },
      opinion: { ratingValue: 3 },
      verified: { ratingValue: null },
    });
    expect(scale.false).toEqual({ ...VERDICT_SCALE.false, label: "Pants on fire", color: "#7f1d1d" });
    expect(scale.false.icon).toBe("✗");
    expect(scale.opinion.ratingValue).toBe(3);
    // null is a choice (no rating), not "use the default".
    expect(scale.verified.ratingValue).toBeNull();
    expect(scale.disputed).toEqual(VERDICT_SCALE.disputed);
  });

  it("does not change the default scale", () => {
    resolveVerdictScale({ false: { label: "Wrong" } });
    expect(VERDICT_SCALE.false.label).toBe("False");
  });
});

describe("overridesForScale", () => {
  it("is empty for the default scale", () => {
    expect(overridesForScale(VERDICT_SCALE)).toEqual({});
  });

  it("keeps only the fields that differ, and round-trips through resolveVerdictScale", () => {
    const edited = {
      ...VERDICT_SCALE,
      false: { ...VERDICT_SCALE.false, label: "Pants on fire", ratingValue: null },
      verified: { ...VERDICT_SCALE.verified, description: "" },
    };
    const overrides = overridesForScale(edited);
    expect(overrides).toEqual({ false: { label: "Pants on fire", ratingValue: null }, verified: { description: "" } });
    expect(resolveVerdictScale(overrides)).toEqual(edited);
  });
});

describe("parseStoredVerdictScale", () => {
  it("reads what was stored", () => {
    expect(parseStoredVerdictScale(JSON.stringify({ false: { label: "Wrong" } }))).toEqual({ false: { label: "Wrong" } });
    expect(parseStoredVerdictScale(null)).toBeNull();
  });

  it("falls back to the default on unreadable or invalid JSON", () => {
    expect(parseStoredVerdictScale("{not json")).toBeNull();
    expect(parseStoredVerdictScale(JSON.stringify({ false: { color: "#ffffff" } }))).toBeNull();
  });
});

describe("ZVerdictScaleUpdateInput", () => {
  it("needs the revision the edit started from", () => {
    expect(ZVerdictScaleUpdateInput.safeParse({ overrides: null }).success).toBe(false);
    expect(ZVerdictScaleUpdateInput.parse({ revision: "default", overrides: null })).toEqual({ revision: "default", overrides: null });
  });
});
