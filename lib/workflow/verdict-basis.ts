import { STAGE_LABELS, type TWorkflowStage } from "./stages";

// Once a verdict is proposed for review or published, what it was given for
// must hold still: the claim's wording and class, and at least one linked
// piece of evidence (a proposal needs one; a verdict must not be left resting
// on none). Speaker and check-worthiness stay editable.

/** Stages whose verdict (proposed or published) rests on the claim as it now is. */
export const VERDICT_BASIS_STAGES = ["ready_for_review", "published"] as const satisfies readonly TWorkflowStage[];

export function holdsVerdictBasis(stage: TWorkflowStage | string): boolean {
  return (VERDICT_BASIS_STAGES as readonly string[]).includes(stage);
}

/** The claim fields a verdict is judged on. */
export const VERDICT_BASIS_FIELDS = ["statement", "kind", "checkable"] as const;
export type TVerdictBasisField = (typeof VERDICT_BASIS_FIELDS)[number];

const FIELD_WORDS: Record<TVerdictBasisField, string> = {
  statement: "statement",
  kind: "kind",
  checkable: "checkable setting",
};

function listWords(words: string[]): string {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`;
}

type TBasisClaim = { stage: TWorkflowStage; statement: string; kind: string; checkable: boolean };

/** The basis fields `changes` would really change (a field sent with its current value is no change). */
export function changedBasisFields(claim: TBasisClaim, changes: Partial<Pick<TBasisClaim, TVerdictBasisField>>): TVerdictBasisField[] {
  return VERDICT_BASIS_FIELDS.filter((field) => changes[field] !== undefined && changes[field] !== claim[field]);
}

/**
 * Why this edit may not be saved now, or null when it may: in review or
 * published, the statement, kind and checkable setting can't change under
 * the verdict.
 */
export function verdictBasisEditRefusal(
  claim: TBasisClaim,
  changes: Partial<Pick<TBasisClaim, TVerdictBasisField>>,
): string | null {
  if (!holdsVerdictBasis(claim.stage)) return null;
  const changed = changedBasisFields(claim, changes);
  if (changed.length === 0) return null;
  const fields = listWords(changed.map((field) => FIELD_WORDS[field]));
  const keep = "Its speaker and check-worthiness can still be edited.";
  if (claim.stage === "ready_for_review") {
    return (
      `This claim's proposed verdict is waiting for review, so its ${fields} can't change under it. ` +
      `Ask an editor to return it for rework, then edit it and propose again. ${keep}`
    );
  }
  return (
    `This claim's verdict is published, so its ${fields} can't change under it: readers would see the verdict ` +
    `on words it wasn't given for. If the verdict is wrong, an editor corrects it; for new wording, add a new claim. ${keep}`
  );
}

const shortStatement = (statement: string) => (statement.length > 60 ? `${statement.slice(0, 59)}…` : statement);

/**
 * The refusal for removing evidence that would leave claims in review or
 * published with none linked. `claims` are the claims that would be left bare.
 */
export function lastEvidenceRemovalRefusal(claims: readonly { statement: string; stage: TWorkflowStage }[]): string {
  const named = listWords(claims.map((claim) => `“${shortStatement(claim.statement)}” (${STAGE_LABELS[claim.stage]})`));
  const one = claims.length === 1;
  return (
    `Nothing was removed: this would leave ${named} with no linked evidence, and ${one ? "its verdict rests" : "their verdicts rest"} ` +
    `on at least one source. Link other evidence to ${one ? "it" : "them"} first` +
    `${claims.some((claim) => claim.stage === "ready_for_review") ? ", or ask an editor to return a claim waiting for review" : ""}.`
  );
}
