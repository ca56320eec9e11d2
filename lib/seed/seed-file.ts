// The seed file format (seed/*.board.json) and its translation into rows with
// both selectors. A quote must occur exactly once in the article, so its
// anchor is unambiguous.
import { z } from "zod";
import { describeTextAnchor } from "../anchoring/describe-text-anchor";
import type { TTextAnchor } from "../schemas/selector";
import {
  ZClaimKind,
  ZRelationType,
  ZSourceType,
  ZStance,
  ZVerdict,
} from "../schemas/vocabulary";

const ZKey = z.string().regex(/^[a-z0-9-]+$/);

export const ZSeedBoardFile = z.object({
  board: z.object({ title: z.string().min(1), description: z.string() }),
  article: z.object({
    title: z.string().nullable(),
    byline: z.string().nullable(),
    publisher: z.string().nullable(),
    publishedOn: z.string().nullable(),
    url: z.string().nullable(),
    textFile: z.string().regex(/^[\w.-]+\.txt$/),
  }),
  claims: z.array(
    z.object({
      key: ZKey,
      statement: z.string().min(1),
      quote: z.string().min(1),
      speaker: z.string(),
      kind: ZClaimKind,
      checkable: z.boolean(),
      checkworthiness: z.number().min(0).max(1),
      /** DF-QuAD base score τ; 0.5 when absent. */
      baseScore: z.number().min(0).max(1).optional(),
      verdict: ZVerdict,
      rationale: z.string(),
    }),
  ),
  relations: z.array(z.object({ from: ZKey, to: ZKey, type: ZRelationType, note: z.string() })),
  evidence: z.array(
    z.object({
      key: ZKey,
      title: z.string().min(1),
      url: z.string().nullable(),
      publisher: z.string().nullable(),
      publishedOn: z.string().nullable(),
      excerpt: z.string(),
      sourceType: ZSourceType,
      reliability: z.number().int().min(1).max(5),
      provenance: z.string(),
    }),
  ),
  links: z.array(
    z.object({ claim: ZKey, evidence: ZKey, stance: ZStance, strength: z.number().int().min(1).max(5), note: z.string() }),
  ),
  /** A claim undercutting a link (named by its claim and evidence) or a relation (by its two claims). */
  undercuts: z
    .array(
      z.object({
        from: ZKey,
        target: z.discriminatedUnion("type", [
          z.object({ type: z.literal("link"), claim: ZKey, evidence: ZKey }),
          z.object({ type: z.literal("relation"), from: ZKey, to: ZKey }),
        ]),
        note: z.string(),
      }),
    )
    .optional(),
  premiseGroups: z.array(z.object({ premises: z.array(ZKey).min(2), to: ZKey, type: ZRelationType, note: z.string() })).optional(),
});
export type TSeedBoardFile = z.infer<typeof ZSeedBoardFile>;

/** `number`: the claim's number on its board when a file gives one (lib/board/claim-numbers.ts decides the rest). */
export type TSeedClaim = TSeedBoardFile["claims"][number] & { selector: TTextAnchor; number?: number };
/** A board ready to insert: rows keyed by local keys, claims with both selectors. */
export type TBoardPlan = Omit<TSeedBoardFile, "claims"> & { text: string; claims: TSeedClaim[] };
export type TSeedBoardPlan = TBoardPlan & { seedKey: string };

function occurrences(text: string, quote: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) found.push(at);
  return found;
}

/** Checks the file against its article and computes each claim's selectors. Throws on any inconsistency. */
export function planSeedBoard(seedKey: string, file: TSeedBoardFile, text: string): TSeedBoardPlan {
  const problems: string[] = [];
  const claimKeys = new Set<string>();
  const claims: TSeedClaim[] = [];
  for (const claim of file.claims) {
    if (claimKeys.has(claim.key)) problems.push(`claim key ${claim.key} is used twice`);
    claimKeys.add(claim.key);
    const found = occurrences(text, claim.quote);
    if (found.length !== 1) {
      problems.push(`claim ${claim.key}: quote occurs ${found.length} times in the article (must be exactly once)`);
      continue;
    }
    const start = found[0]!;
    claims.push({ ...claim, selector: describeTextAnchor(text, start, start + claim.quote.length) });
  }
  const evidenceKeys = new Set(file.evidence.map((e) => e.key));
  if (evidenceKeys.size !== file.evidence.length) problems.push("evidence keys are not unique");
  for (const relation of file.relations) {
    if (!claimKeys.has(relation.from) || !claimKeys.has(relation.to)) {
      problems.push(`relation ${relation.from} -> ${relation.to} names an unknown claim`);
    }
  }
  const pairs = new Set<string>();
  for (const link of file.links) {
    if (!claimKeys.has(link.claim)) problems.push(`link names unknown claim ${link.claim}`);
    if (!evidenceKeys.has(link.evidence)) problems.push(`link names unknown evidence ${link.evidence}`);
    const pair = `${link.claim}|${link.evidence}`;
    if (pairs.has(pair)) problems.push(`link ${pair} appears twice`);
    pairs.add(pair);
  }
  if (problems.length > 0) throw new Error(`Seed board ${seedKey} is inconsistent:\n- ${problems.join("\n- ")}`);
  return { ...file, seedKey, text, claims };
}
