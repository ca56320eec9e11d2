import type { TVerdict } from "../schemas/vocabulary";

export type TVerdictStyle = {
  label: string;
  /** A glyph shown with the colour, so a verdict never depends on colour alone. */
  icon: string;
  /** Text colour and background tint; the colour reaches WCAG AA text contrast on white and on the tint. */
  color: string;
  tint: string;
  description: string;
  /** For ClaimReview's reviewRating (1 = false … 5 = true); null where it has no place on the scale. */
  ratingValue: number | null;
};

// The default scale. A workspace may rename, recolour, describe and rate each verdict its own way
// (verdict-scale-overrides.ts); the keys and icons stay these.
export const VERDICT_SCALE: Record<TVerdict, TVerdictStyle> = {
  unverified: {
    label: "Unverified",
    icon: "?",
    color: "#4b5563",
    tint: "#f3f4f6",
    description: "Not checked yet.",
    ratingValue: null,
  },
  verified: {
    label: "Verified",
    icon: "✓",
    color: "#166534",
    tint: "#dcfce7",
    description: "Accurate, and the evidence shows it.",
    ratingValue: 5,
  },
  mostly_accurate: {
    label: "Mostly accurate",
    icon: "≈",
    color: "#3f6212",
    tint: "#ecfccb",
    description: "Accurate in substance, with minor errors or missing detail.",
    ratingValue: 4,
  },
  misleading: {
    label: "Misleading",
    icon: "!",
    color: "#9a3412",
    tint: "#ffedd5",
    description: "Contains some truth but gives a wrong impression.",
    ratingValue: 2,
  },
  disputed: {
    label: "Disputed",
    icon: "⇄",
    color: "#854d0e",
    tint: "#fef9c3",
    description: "Credible evidence points both ways.",
    ratingValue: 3,
  },
  false: {
    label: "False",
    icon: "✗",
    color: "#991b1b",
    tint: "#fee2e2",
    description: "The evidence shows it is wrong.",
    ratingValue: 1,
  },
  unverifiable: {
    label: "Unverifiable",
    icon: "∅",
    color: "#374151",
    tint: "#e5e7eb",
    description: "No available evidence can settle it.",
    ratingValue: null,
  },
  opinion: {
    label: "Opinion",
    icon: "❝",
    color: "#5b21b6",
    tint: "#ede9fe",
    description: "A judgement or assessment, not a checkable fact.",
    ratingValue: null,
  },
};
