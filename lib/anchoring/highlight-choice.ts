import { z } from "zod";
import type { TClaimView } from "../board/types";
import { ZId } from "../schemas/fields";
import { VERDICTS } from "../schemas/vocabulary";
import { WORKFLOW_STAGES } from "../workflow/stages";
import { isOpinion, shownVerdict } from "../workflow/published-verdict";

// Which claims the article highlights, chosen by the reader. Kept in the address
// (?hl=checkable&worth=60&hverdict=false) and remembered per board, so a reading
// can be shared and comes back. A bad value is dropped, never an error.

export const HIGHLIGHT_PARAMS = {
  scope: "hl",
  minWorthiness: "worth",
  verdicts: "hverdict",
  stages: "hstage",
  assignee: "hassignee",
} as const;

/** `hassignee=none`: claims nobody is assigned to. */
export const HIGHLIGHT_NOBODY = "none";
/** The check-worthiness thresholds offered, in percent. */
export const WORTHINESS_STEPS = [0, 30, 50, 60, 70, 80] as const;

const list = <T extends string>(allowed: readonly T[]) =>
  z
    .unknown()
    .optional()
    .transform((raw): T[] => {
      const wanted = new Set(typeof raw === "string" ? raw.split(",").map((value) => value.trim()) : []);
      return allowed.filter((value) => wanted.has(value));
    });

export const ZHighlightChoice = z.object({
  /** "checkable": opinions and other claims marked not checkable get no highlight. */
  scope: z.enum(["all", "checkable"]).catch("all"),
  /** Check-worthiness at or above this percent (0 = any). */
  minWorthiness: z.coerce.number().int().min(0).max(100).catch(0),
  /** Matched against the verdict the reader sees (lib/workflow/published-verdict shownVerdict). */
  verdicts: list(VERDICTS),
  stages: list(WORKFLOW_STAGES),
  /** A member's id, HIGHLIGHT_NOBODY, or null for anyone. */
  assignee: z.union([z.literal(HIGHLIGHT_NOBODY), ZId]).nullable().catch(null),
});
export type THighlightChoice = z.output<typeof ZHighlightChoice>;

export const HIGHLIGHT_ALL: THighlightChoice = ZHighlightChoice.parse({});

export function parseHighlightChoice(search: URLSearchParams | string): THighlightChoice {
  const params = typeof search === "string" ? new URLSearchParams(search) : search;
  const one = (name: string) => params.get(name) ?? undefined;
  return ZHighlightChoice.parse({
    scope: one(HIGHLIGHT_PARAMS.scope),
    minWorthiness: one(HIGHLIGHT_PARAMS.minWorthiness) ?? 0,
    verdicts: one(HIGHLIGHT_PARAMS.verdicts),
    stages: one(HIGHLIGHT_PARAMS.stages),
    assignee: one(HIGHLIGHT_PARAMS.assignee) ?? null,
  });
}

/** Whether the address carries any highlight choice (else the remembered one applies). */
export function hasHighlightParams(search: URLSearchParams | string): boolean {
  const params = typeof search === "string" ? new URLSearchParams(search) : search;
  return Object.values(HIGHLIGHT_PARAMS).some((name) => params.has(name));
}

/** The choice as a query string ("" for highlight everything), keeping `current`'s other parameters. */
export function highlightChoiceSearch(choice: THighlightChoice, current = ""): string {
  const params = new URLSearchParams(current);
  for (const name of Object.values(HIGHLIGHT_PARAMS)) params.delete(name);
  if (choice.scope !== "all") params.set(HIGHLIGHT_PARAMS.scope, choice.scope);
  if (choice.minWorthiness > 0) params.set(HIGHLIGHT_PARAMS.minWorthiness, String(choice.minWorthiness));
  const setList = (name: string, values: readonly string[], order: readonly string[]) => {
    const ordered = order.filter((value) => values.includes(value));
    if (ordered.length > 0) params.set(name, ordered.join(","));
  };
  setList(HIGHLIGHT_PARAMS.verdicts, choice.verdicts, VERDICTS);
  setList(HIGHLIGHT_PARAMS.stages, choice.stages, WORKFLOW_STAGES);
  if (choice.assignee) params.set(HIGHLIGHT_PARAMS.assignee, choice.assignee);
  const query = params.toString().replace(/%2C/g, ",");
  return query ? `?${query}` : "";
}

export function isHighlightChoiceActive(choice: THighlightChoice): boolean {
  return highlightChoiceSearch(choice) !== "";
}

type THighlightable = Pick<TClaimView, "checkable" | "checkworthiness" | "verdict" | "stage" | "assigneeId">;

/** Whether the reader's choice highlights this claim. */
export function isHighlighted(claim: THighlightable, choice: THighlightChoice): boolean {
  if (choice.scope === "checkable" && isOpinion(claim)) return false;
  // Stored as 0..1; compared in whole percent, as the slider and the panel show it.
  if (Math.round(claim.checkworthiness * 100) < choice.minWorthiness) return false;
  if (choice.verdicts.length > 0 && !choice.verdicts.includes(shownVerdict(claim))) return false;
  if (choice.stages.length > 0 && !choice.stages.includes(claim.stage)) return false;
  if (choice.assignee === HIGHLIGHT_NOBODY) return claim.assigneeId === null;
  if (choice.assignee !== null) return claim.assigneeId === choice.assignee;
  return true;
}

/** The claims to highlight: those the choice picks, plus the open one (so opening a claim always shows its quote). */
export function highlightedClaims<T extends THighlightable & { id: string }>(
  claims: readonly T[],
  choice: THighlightChoice,
  openClaimId: string | null = null,
): T[] {
  return claims.filter((claim) => claim.id === openClaimId || isHighlighted(claim, choice));
}
