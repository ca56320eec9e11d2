// A workspace's own verdict scale: how each verdict is named, coloured, described
// and rated. The verdict keys stay fixed (they are the workflow's vocabulary) and
// so do the icons, so a verdict never depends on colour alone.
import { z } from "zod";
import { boundedText, requiredText, tooLongError, ZScore1to5 } from "../schemas/fields";
import { VERDICTS, ZVerdict, type TVerdict } from "../schemas/vocabulary";
import { contrastRatio, formatContrast, isHexColor, MIN_TEXT_CONTRAST, WHITE } from "./color-contrast";
import { VERDICT_SCALE, type TVerdictStyle } from "./verdict-scale";

export type TVerdictScale = Record<TVerdict, TVerdictStyle>;

export const VERDICT_LABEL_MAX = 40;
export const VERDICT_DESCRIPTION_MAX = 300;

const ZHexColor = (field: string) =>
  z
    .string({ error: `${field} must be text` })
    .trim()
    .refine(isHexColor, `${field} must be a colour written as # and six hex digits, like #166534`)
    .transform((value) => value.toLowerCase());

export const ZVerdictStyleOverride = z.strictObject({
  label: requiredText("label", VERDICT_LABEL_MAX).optional(),
  color: ZHexColor("color").optional(),
  tint: ZHexColor("tint").optional(),
  description: boundedText("description", VERDICT_DESCRIPTION_MAX).trim().optional(),
  /** null: the verdict has no place on ClaimReview's 1–5 rating. */
  ratingValue: ZScore1to5("ratingValue").nullable().optional(),
});
export type TVerdictStyleOverride = z.infer<typeof ZVerdictStyleOverride>;

/** Every text colour must be readable on white (cards, lists) and on its own tint (highlights, badges). */
function contrastProblems(verdict: TVerdict, override: TVerdictStyleOverride): { path: string[]; message: string }[] {
  const { color, tint } = { ...VERDICT_SCALE[verdict], ...override };
  const problems: { path: string[]; message: string }[] = [];
  // zod still runs this refinement when a field failed; a malformed colour is already reported.
  if (!isHexColor(color) || !isHexColor(tint)) return problems;
  const onWhite = contrastRatio(color, WHITE);
  if (onWhite < MIN_TEXT_CONTRAST) {
    problems.push({
      path: [verdict, "color"],
      message: `${color} on white has a contrast of ${formatContrast(onWhite)}; text needs at least ${formatContrast(MIN_TEXT_CONTRAST)}. Choose a darker colour.`,
    });
  }
  const onTint = contrastRatio(color, tint);
  if (onTint < MIN_TEXT_CONTRAST) {
    problems.push({
      // Blame whichever of the two the workspace changed; the colour when both.
      path: [verdict, override.color === undefined ? "tint" : "color"],
      message: `${color} on the tint ${tint} has a contrast of ${formatContrast(onTint)}; text needs at least ${formatContrast(MIN_TEXT_CONTRAST)}. Choose a lighter tint or a darker colour.`,
    });
  }
  return problems;
}

/** Per verdict, what a workspace changes; verdicts left out keep the default. */
export const ZVerdictScaleOverrides = z
  .partialRecord(ZVerdict, ZVerdictStyleOverride, {
    // A partial record over an enum reports keys outside it as unrecognized_keys, which its issue type leaves out.
    error: (issue) => {
      const unknownKeys = "keys" in issue && Array.isArray(issue.keys) ? (issue.keys as string[]) : null;
      if (!unknownKeys) return undefined;
      return `unknown verdict ${unknownKeys.map((key) => `"${key}"`).join(", ")}: the verdicts are ${VERDICTS.join(", ")}`;
    },
  })
  .superRefine((overrides, context) => {
    for (const verdict of VERDICTS) {
      const override = overrides[verdict];
      if (!override) continue;
      for (const problem of contrastProblems(verdict, override)) {
        context.addIssue({ code: "custom", path: problem.path, message: problem.message });
      }
    }
  })
  // Verdicts with nothing changed are dropped, so the stored JSON says only what differs.
  .transform((overrides): TVerdictScaleOverrides => {
    const kept: TVerdictScaleOverrides = {};
    for (const verdict of VERDICTS) {
      const override = overrides[verdict];
      if (override && Object.values(override).some((value) => value !== undefined)) kept[verdict] = override;
    }
    return kept;
  });
export type TVerdictScaleOverrides = Partial<Record<TVerdict, TVerdictStyleOverride>>;

/** The full scale a workspace shows: its overrides merged over the default, icons always the default's. */
export function resolveVerdictScale(overrides: TVerdictScaleOverrides | null): TVerdictScale {
  const scale = {} as TVerdictScale;
  for (const verdict of VERDICTS) {
    const base = VERDICT_SCALE[verdict];
    const override = overrides?.[verdict] ?? {};
    scale[verdict] = {
      label: override.label ?? base.label,
      icon: base.icon,
      color: override.color ?? base.color,
      tint: override.tint ?? base.tint,
      description: override.description ?? base.description,
      ratingValue: override.ratingValue === undefined ? base.ratingValue : override.ratingValue,
    };
  }
  return scale;
}

const OVERRIDABLE_FIELDS = ["label", "color", "tint", "description", "ratingValue"] as const;

/** What a full scale changes from the default, field by field: what the settings page saves. */
export function overridesForScale(scale: TVerdictScale): TVerdictScaleOverrides {
  const overrides: TVerdictScaleOverrides = {};
  for (const verdict of VERDICTS) {
    const changed: Record<string, string | number | null> = {};
    for (const field of OVERRIDABLE_FIELDS) {
      if (scale[verdict][field] !== VERDICT_SCALE[verdict][field]) changed[field] = scale[verdict][field];
    }
    if (Object.keys(changed).length > 0) overrides[verdict] = changed as TVerdictStyleOverride;
  }
  return overrides;
}

/**
 * The overrides stored on a workspace (Workspace.verdictScale, JSON text).
 * Anything unreadable falls back to the default scale rather than breaking every board of the workspace.
 */
export function parseStoredVerdictScale(stored: string | null): TVerdictScaleOverrides | null {
  if (stored === null) return null;
  let json: unknown;
  try {
    json = JSON.parse(stored);
  } catch {
    return null;
  }
  const parsed = ZVerdictScaleOverrides.safeParse(json);
  return parsed.success ? parsed.data : null;
}

/** What the settings page saves: the whole set of overrides (null resets every verdict) and the revision it started from. */
export const ZVerdictScaleUpdateInput = z.strictObject({
  revision: z.string({ error: "revision must be text" }).min(1, "revision is required").max(100, tooLongError("revision", 100)),
  overrides: ZVerdictScaleOverrides.nullable(),
});
export type TVerdictScaleUpdateInput = z.infer<typeof ZVerdictScaleUpdateInput>;

/** A workspace's scale as the settings page edits it. */
export type TVerdictScaleSettings = {
  /** What the workspace changed; null when it uses the default scale. */
  overrides: TVerdictScaleOverrides | null;
  /** The full scale boards show. */
  scale: TVerdictScale;
  /** Opaque; sent back with a save so a save over someone else's newer one is refused. */
  revision: string;
};
