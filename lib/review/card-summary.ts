import type { TBoardView, TClaimView, TEvidenceView } from "../board/types";
import { VERDICTS, type TVerdict } from "../schemas/vocabulary";
import { WORKFLOW_STAGES, type TWorkflowStage } from "../workflow/stages";
import { isOpinion } from "../workflow/published-verdict";
import { BACKING_STANCES, MIN_INDEPENDENT_SOURCES, countIndependentSources, verdictRestsOnSources } from "./independent-sources";

// What each review card and the board's progress header show, derived from the board.

/**
 * The verdict a card shows and whose it is: a proposal waiting for (or
 * returned from) review, the published finding, or a verdict recorded before
 * the workflow (an imported or seeded board); or an opinion, which wears the one
 * "Opinion" label it has in every view. Null when there is none yet.
 */
export type TCardVerdict = { verdict: TVerdict; status: "proposed" | "published" | "recorded" | "opinion" };

export function cardVerdict(claim: TClaimView): TCardVerdict | null {
  if ((claim.stage === "ready_for_review" || claim.stage === "returned") && claim.proposedVerdict !== null) {
    return { verdict: claim.proposedVerdict, status: "proposed" };
  }
  if (claim.stage === "published") return { verdict: claim.verdict, status: "published" };
  if (isOpinion(claim)) return { verdict: "opinion", status: "opinion" };
  if (claim.verdict !== "unverified") return { verdict: claim.verdict, status: "recorded" };
  return null;
}

/** Today as YYYY-MM-DD in the reader's own time zone. */
export function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Due before `today` (YYYY-MM-DD) and not yet published. A claim due today is not overdue. */
export function isOverdue(claim: Pick<TClaimView, "dueOn" | "stage">, today: string): boolean {
  return claim.dueOn !== null && claim.stage !== "published" && claim.dueOn.slice(0, 10) < today;
}

export type TCardSummary = {
  supports: number;
  disputes: number;
  verdict: TCardVerdict | null;
  /** Independent sources backing the shown verdict; null when that verdict doesn't rest on sources. */
  independentSources: number | null;
  /** The shown verdict rests on fewer than MIN_INDEPENDENT_SOURCES independent sources. */
  fewSources: boolean;
  overdue: boolean;
};

/** Card summaries read one card at a time: only the cards drawn are summarised (see cardSummaries). */
export type TCardSummaries = { of(claim: TClaimView): TCardSummary };

/**
 * The summary of any claim on the board, worked out when a card asks for it and kept for that claim object (the
 * board replaces a claim's object when it changes). The links are indexed by claim once; a board of 10,000 claims
 * draws a few dozen cards, so summarising every claim up front was most of the review board's work once it loaded.
 * `today` is null when it isn't known yet (server render), and then nothing is overdue.
 */
export function cardSummaries(board: Pick<TBoardView, "evidence" | "links">, today: string | null): TCardSummaries {
  const evidenceById = new Map(board.evidence.map((item) => [item.id, item]));
  const linksByClaim = new Map<string, { stance: string; evidence: TEvidenceView | undefined }[]>();
  for (const link of board.links) {
    let list = linksByClaim.get(link.claimId);
    if (!list) linksByClaim.set(link.claimId, (list = []));
    list.push({ stance: link.stance, evidence: evidenceById.get(link.evidenceId) });
  }
  const known = new WeakMap<TClaimView, TCardSummary>();
  const summarise = (claim: TClaimView): TCardSummary => {
    const links = linksByClaim.get(claim.id) ?? [];
    const verdict = cardVerdict(claim);
    let independentSources: number | null = null;
    if (verdict && verdictRestsOnSources(verdict.verdict)) {
      const backing: readonly string[] = BACKING_STANCES[verdict.verdict];
      independentSources = countIndependentSources(
        links.flatMap((link) => (link.evidence && backing.includes(link.stance) ? [link.evidence] : [])),
      );
    }
    return {
      supports: links.filter((link) => link.stance === "supports").length,
      disputes: links.filter((link) => link.stance === "disputes").length,
      verdict,
      independentSources,
      fewSources: independentSources !== null && independentSources < MIN_INDEPENDENT_SOURCES,
      overdue: today !== null && isOverdue(claim, today),
    };
  };
  return {
    of(claim) {
      let summary = known.get(claim);
      if (!summary) known.set(claim, (summary = summarise(claim)));
      return summary;
    },
  };
}

export type TReviewProgress = {
  total: number;
  published: number;
  /** Published claims per verdict, in the scale's order, verdicts with none left out. */
  publishedByVerdict: { verdict: TVerdict; count: number }[];
  overdue: number;
};

export function summariseProgress(claims: readonly TClaimView[], today: string | null): TReviewProgress {
  const byVerdict = new Map<TVerdict, number>();
  let published = 0;
  let overdue = 0;
  for (const claim of claims) {
    if (claim.stage === "published") {
      published += 1;
      byVerdict.set(claim.verdict, (byVerdict.get(claim.verdict) ?? 0) + 1);
    } else if (today !== null && isOverdue(claim, today)) {
      overdue += 1;
    }
  }
  return {
    total: claims.length,
    published,
    publishedByVerdict: VERDICTS.flatMap((verdict) => {
      const count = byVerdict.get(verdict) ?? 0;
      return count > 0 ? [{ verdict, count }] : [];
    }),
    overdue,
  };
}

/** The claims of each workflow column, in the order given. */
export function groupByStage(claims: readonly TClaimView[]): Record<TWorkflowStage, TClaimView[]> {
  const columns = Object.fromEntries(WORKFLOW_STAGES.map((stage) => [stage, [] as TClaimView[]])) as Record<
    TWorkflowStage,
    TClaimView[]
  >;
  for (const claim of claims) columns[claim.stage].push(claim);
  return columns;
}
