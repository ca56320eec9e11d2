// A board's report as a reader may see it: the article with numbered claim markers, each claim's published
// finding with its rationale, evidence and strength, the corrections and the people who did the work. It is the
// same for everyone who may read the board: only a published verdict is a finding, so a verdict recorded without
// review (an import, a seed) or still being proposed never appears here.
import { splitIntoParagraphs } from "../anchoring/highlight-segments";
import { claimPermalinkPath } from "../board/claim-permalink";
import type { TBoardView, TBoardViewWithText, TMemberView } from "../board/types";
import { STANCE_LABELS, type TStance, type TVerdict } from "../schemas/vocabulary";
import { computeBoardStrengths, settledStrength } from "../strength/board-strengths";
import { StrengthInputError } from "../strength/strength-board";
import { STAGE_LABELS, type TWorkflowStage } from "../workflow/stages";

/** A piece of an article paragraph: text (inside a claim's quote or not), or the marker after a claim's quote. */
export type TReportArticlePiece =
  | { type: "text"; text: string; quoted: boolean }
  | { type: "marker"; number: number };

export type TReportEvidence = {
  stance: TStance;
  stanceLabel: string;
  title: string;
  publisher: string | null;
  publishedOn: string | null;
  url: string | null;
  /** The evidence's excerpt, exactly as recorded. */
  excerpt: string;
  /** Why the evidence bears on this claim, as the checker wrote it. */
  note: string;
};

export type TReportFinding = {
  verdict: TVerdict;
  label: string;
  icon: string;
  rationale: string;
  /** ISO date (YYYY-MM-DD). */
  publishedOn: string | null;
};

export type TReportCorrection = {
  claimNumber: number;
  fromLabel: string;
  toLabel: string;
  reason: string;
  correctedBy: string;
  /** ISO date (YYYY-MM-DD). */
  correctedOn: string;
};

export type TReportClaim = {
  number: number;
  statement: string;
  speaker: string;
  /** The claim's quote, exactly as it stands in the article. */
  quote: string;
  stage: TWorkflowStage;
  stageLabel: string;
  /** Null until the claim is published. */
  finding: TReportFinding | null;
  /** DF-QuAD strength, 0..1, when the board's strengths settled. */
  strength: number | null;
  evidence: TReportEvidence[];
  corrections: TReportCorrection[];
  permalinkPath: string;
};

export type TReportReviewer = { name: string; checked: number; approved: number; corrected: number };

export type TBoardReport = {
  boardId: string;
  title: string;
  description: string;
  article: Pick<TBoardView["article"], "title" | "byline" | "publisher" | "publishedOn" | "url">;
  paragraphs: TReportArticlePiece[][];
  claims: TReportClaim[];
  corrections: TReportCorrection[];
  reviewers: TReportReviewer[];
  publishedCount: number;
};

/** A member's name, or an honest placeholder for someone no longer in the workspace. */
function nameOf(members: readonly TMemberView[], userId: string): string {
  return members.find((member) => member.userId === userId)?.name ?? "A former member";
}

/** The article's paragraphs, with quoted text marked and each claim's number placed right after its quote ends. */
export function articlePieces(text: string, claims: readonly { number: number; start: number; end: number }[]): TReportArticlePiece[][] {
  const spans = claims
    .map((claim) => ({ ...claim, start: Math.max(0, claim.start), end: Math.min(text.length, claim.end) }))
    .filter((claim) => claim.end > claim.start);
  return splitIntoParagraphs(text).map((paragraph) => {
    const cuts = new Set([paragraph.start, paragraph.end]);
    for (const span of spans) {
      if (span.start > paragraph.start && span.start < paragraph.end) cuts.add(span.start);
      if (span.end > paragraph.start && span.end <= paragraph.end) cuts.add(span.end);
    }
    const ordered = [...cuts].sort((a, b) => a - b);
    const pieces: TReportArticlePiece[] = [];
    for (let i = 0; i < ordered.length - 1; i++) {
      const start = ordered[i]!;
      const end = ordered[i + 1]!;
      const quoted = spans.some((span) => span.start < end && span.end > start);
      const previous = pieces.at(-1);
      if (previous?.type === "text" && previous.quoted === quoted) previous.text += text.slice(start, end);
      else pieces.push({ type: "text", text: text.slice(start, end), quoted });
      const ending = spans.filter((span) => span.end === end).sort((a, b) => a.number - b.number);
      for (const span of ending) pieces.push({ type: "marker", number: span.number });
    }
    return pieces;
  });
}

/** The strengths to show, or none when they cannot be final (unsettled, or the rows are inconsistent). */
function strengthsOf(board: TBoardView): (claimId: string) => number | null {
  try {
    const computed = computeBoardStrengths(board);
    return (claimId) => settledStrength(computed, claimId);
  } catch (error) {
    if (error instanceof StrengthInputError) return () => null;
    throw error;
  }
}

/** "checked 2, approved 1, corrected 1", leaving out what the person did not do. */
export function reviewerWork(reviewer: { checked: number; approved: number; corrected: number }): string {
  const parts = [
    reviewer.checked ? `checked ${reviewer.checked}` : null,
    reviewer.approved ? `approved ${reviewer.approved}` : null,
    reviewer.corrected ? `corrected ${reviewer.corrected}` : null,
  ].filter(Boolean);
  return `${parts.join(", ")} published verdict${reviewer.checked + reviewer.approved + reviewer.corrected === 1 ? "" : "s"}`;
}

export function buildBoardReport(board: TBoardViewWithText): TBoardReport {
  const scale = board.verdictScale;
  const strength = strengthsOf(board);
  const evidenceById = new Map(board.evidence.map((evidence) => [evidence.id, evidence]));
  const numberById = new Map(board.claims.map((claim) => [claim.id, claim.number]));
  const corrections: TReportCorrection[] = board.corrections
    .filter((correction) => numberById.has(correction.claimId))
    .map((correction) => ({
      claimNumber: numberById.get(correction.claimId)!,
      fromLabel: scale[correction.fromVerdict].label,
      toLabel: scale[correction.toVerdict].label,
      reason: correction.reason,
      correctedBy: nameOf(board.members, correction.correctedById),
      correctedOn: correction.createdAt.slice(0, 10),
    }));

  const claims: TReportClaim[] = board.claims.map((claim) => {
    const published = claim.stage === "published";
    const style = scale[claim.verdict];
    return {
      number: claim.number,
      statement: claim.statement,
      speaker: claim.speaker,
      quote: claim.selector.exact,
      stage: claim.stage,
      stageLabel: STAGE_LABELS[claim.stage],
      finding: published
        ? { verdict: claim.verdict, label: style.label, icon: style.icon, rationale: claim.verdictRationale, publishedOn: claim.publishedAt?.slice(0, 10) ?? null }
        : null,
      strength: strength(claim.id),
      evidence: board.links
        .filter((link) => link.claimId === claim.id && evidenceById.has(link.evidenceId))
        .map((link) => {
          const evidence = evidenceById.get(link.evidenceId)!;
          return {
            stance: link.stance,
            stanceLabel: STANCE_LABELS[link.stance],
            title: evidence.title,
            publisher: evidence.publisher,
            publishedOn: evidence.publishedOn,
            url: evidence.url,
            excerpt: evidence.excerpt,
            note: link.note,
          };
        }),
      corrections: corrections.filter((correction) => correction.claimNumber === claim.number),
      permalinkPath: claimPermalinkPath(board.id, claim.number),
    };
  });

  // Credit for published work only: who proposed and who approved each published verdict, and who corrected one.
  const credit = new Map<string, TReportReviewer>();
  const credited = (userId: string) => {
    const reviewer = credit.get(userId) ?? { name: nameOf(board.members, userId), checked: 0, approved: 0, corrected: 0 };
    credit.set(userId, reviewer);
    return reviewer;
  };
  for (const claim of board.claims) {
    if (claim.stage !== "published") continue;
    if (claim.proposedById) credited(claim.proposedById).checked += 1;
    if (claim.approvedById) credited(claim.approvedById).approved += 1;
  }
  for (const correction of board.corrections) credited(correction.correctedById).corrected += 1;

  return {
    boardId: board.id,
    title: board.title,
    description: board.description,
    article: {
      title: board.article.title,
      byline: board.article.byline,
      publisher: board.article.publisher,
      publishedOn: board.article.publishedOn,
      url: board.article.url,
    },
    paragraphs: articlePieces(
      board.article.text,
      board.claims.map((claim) => ({ number: claim.number, start: claim.selector.start, end: claim.selector.end })),
    ),
    claims: [...claims].sort((a, b) => a.number - b.number),
    corrections,
    reviewers: [...credit.values()].sort((a, b) => a.name.localeCompare(b.name, "en")),
    publishedCount: claims.filter((claim) => claim.finding !== null).length,
  };
}
