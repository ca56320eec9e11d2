// A synthetic board of any size, for the benchmark and for load tests. It goes
// through planSeedBoard like a hand-written seed file, so every quote is
// checked to occur exactly once and gets both selectors.
import {
  CLAIM_KINDS,
  RELATION_TYPES,
  SOURCE_TYPES,
  STANCES,
  VERDICTS,
  type TClaimKind,
  type TVerdict,
} from "../schemas/vocabulary";
import { planSeedBoard, type TSeedBoardFile, type TSeedBoardPlan } from "./seed-file";

export type TSyntheticBoardOptions = {
  claims: number;
  evidence: number;
  /** Claim–evidence links; each pair at most once, so at most claims × evidence. */
  links: number;
  /** Claim → claim relations (default: half the claims, rounded down). */
  relations?: number;
  /** PRNG seed (default 1): the same options always give the same board. */
  seed?: number;
  /**
   * How far (in claim indices) a link or relation usually reaches from its
   * "home" claim (default 25). Real boards link evidence to nearby claims;
   * Infinity spreads links uniformly over the whole board (a worst case for layout).
   */
  locality?: number;
};

export const SYNTHETIC_TEXT_FILE = "synthetic.txt";
const SENTENCES_PER_PARAGRAPH = 5;

/** The seed key of a synthetic board: one board per combination of sizes and seed. */
export function syntheticSeedKey(options: Pick<TSyntheticBoardOptions, "claims" | "evidence" | "links" | "seed">): string {
  return `synthetic-${options.claims}-${options.evidence}-${options.links}-${options.seed ?? 1}`;
}

/** mulberry32: a tiny, fast, deterministic 32-bit PRNG returning numbers in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const TOPICS = [
  "regional unemployment",
  "hospital waiting times",
  "grain exports",
  "school attendance",
  "river pollution",
  "rail punctuality",
  "housing starts",
  "vaccination coverage",
  "municipal spending",
  "recorded burglaries",
  "wind generation",
  "small business loans",
] as const;
const CHANGES = ["rose", "fell", "stayed flat", "doubled", "halved", "recovered"] as const;
const PERIODS = ["last year", "since 2019", "over the decade", "this quarter", "in the spring", "after the reform"] as const;
const SPEAKERS = ["the author", "a government spokesperson", "an opposition MP", "a local official", "an industry group"] as const;

function wholeCount(name: string, value: number): number {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} must be a whole number of at least 0 (got ${value})`);
  return value;
}

/**
 * Picks `count` distinct pairs (a, b) with a < aSize and b < bSize. Pairs
 * first cover every a and every b where the count allows (so no node is left
 * without an edge), then are drawn near each other (|a − home(b)| ≤ locality
 * mostly) and, when that keeps missing, uniformly. Dense requests fall back to
 * shuffling the remaining pairs, so any count up to aSize × bSize works.
 */
function pickPairs(
  random: () => number,
  count: number,
  aSize: number,
  bSize: number,
  locality: number,
  allowed: (a: number, b: number) => boolean,
  capacity: number,
  cover: boolean,
): [number, number][] {
  const chosen = new Set<number>();
  const pairs: [number, number][] = [];
  const add = (a: number, b: number): boolean => {
    const code = a * bSize + b;
    if (!allowed(a, b) || chosen.has(code)) return false;
    chosen.add(code);
    pairs.push([a, b]);
    return true;
  };
  if (cover) {
    // (k mod aSize, k mod bSize) are distinct for k < max(aSize, bSize).
    const covering = Math.min(count, Math.max(aSize, bSize));
    for (let k = 0; k < covering; k++) add(k % aSize, k % bSize);
  }
  const remaining = () => count - pairs.length;
  if (remaining() > 0 && remaining() * 2 <= capacity - pairs.length) {
    let misses = 0;
    while (remaining() > 0) {
      const b = Math.floor(random() * bSize);
      let a: number;
      if (Number.isFinite(locality) && misses < 64) {
        const home = Math.floor(((b + 0.5) * aSize) / bSize);
        const offset = Math.round((random() * 2 - 1) * locality);
        a = Math.min(aSize - 1, Math.max(0, home + offset));
      } else {
        a = Math.floor(random() * aSize);
      }
      if (add(a, b)) misses = 0;
      else misses++;
    }
  } else if (remaining() > 0) {
    const free: number[] = [];
    for (let a = 0; a < aSize; a++) {
      for (let b = 0; b < bSize; b++) if (allowed(a, b) && !chosen.has(a * bSize + b)) free.push(a * bSize + b);
    }
    for (let i = 0; remaining() > 0; i++) {
      const j = i + Math.floor(random() * (free.length - i));
      [free[i], free[j]] = [free[j]!, free[i]!];
      const code = free[i]!;
      add(Math.floor(code / bSize), code % bSize);
    }
  }
  return pairs;
}

function pick<T>(random: () => number, values: readonly T[]): T {
  return values[Math.floor(random() * values.length)]!;
}

/** A deterministic synthetic board of the given size, planned (selectors computed and checked). */
export function generateSyntheticBoard(options: TSyntheticBoardOptions): TSeedBoardPlan {
  const claimCount = wholeCount("claims", options.claims);
  const evidenceCount = wholeCount("evidence", options.evidence);
  const linkCount = wholeCount("links", options.links);
  const relationCount = wholeCount("relations", options.relations ?? Math.floor(claimCount / 2));
  const seed = options.seed ?? 1;
  const locality = options.locality ?? 25;
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be a whole number (got ${seed})`);
  if (!(locality >= 0)) throw new RangeError(`locality must be at least 0 (got ${locality})`);
  if (linkCount > claimCount * evidenceCount) {
    throw new RangeError(
      `links (${linkCount}) cannot exceed claims × evidence (${claimCount} × ${evidenceCount} = ${claimCount * evidenceCount}): each claim–evidence pair is linked at most once`,
    );
  }
  const maxRelations = (claimCount * (claimCount - 1)) / 2;
  if (relationCount > maxRelations) {
    throw new RangeError(
      `relations (${relationCount}) cannot exceed ${maxRelations} for ${claimCount} claims: each relation joins a later claim to an earlier one, at most once per pair`,
    );
  }

  const random = mulberry32(seed);
  const claimKey = (i: number) => `claim-${i + 1}`;
  const evidenceKey = (j: number) => `evidence-${j + 1}`;

  const claims: TSeedBoardFile["claims"] = [];
  const sentences: string[] = [];
  for (let i = 0; i < claimCount; i++) {
    const n = i + 1;
    const topic = pick(random, TOPICS);
    const change = pick(random, CHANGES);
    const period = pick(random, PERIODS);
    const percent = 1 + Math.floor(random() * 60);
    // The number followed by a space makes each quote unique: "statement 12 " never contains "statement 1 ".
    const quote = `Synthetic statement ${n} reports that ${topic} ${change} by ${percent} percent ${period}`;
    sentences.push(`${quote}.`);
    const kind: TClaimKind = i < CLAIM_KINDS.length ? CLAIM_KINDS[i]! : pick(random, CLAIM_KINDS);
    const verdict: TVerdict = i < VERDICTS.length ? VERDICTS[i]! : pick(random, VERDICTS);
    const checkable = verdict !== "opinion";
    claims.push({
      key: claimKey(i),
      statement: `Synthetic claim ${n}: ${topic} ${change} by ${percent}% ${period}.`,
      quote,
      speaker: pick(random, SPEAKERS),
      kind,
      checkable,
      checkworthiness: checkable ? Math.round((0.2 + random() * 0.8) * 100) / 100 : 0.1,
      verdict,
      rationale: verdict === "unverified" ? "" : `Synthetic rationale for claim ${n}.`,
    });
  }
  const paragraphs: string[] = [];
  for (let i = 0; i < sentences.length; i += SENTENCES_PER_PARAGRAPH) {
    paragraphs.push(sentences.slice(i, i + SENTENCES_PER_PARAGRAPH).join(" "));
  }
  const text = paragraphs.length ? `${paragraphs.join("\n")}\n` : "A synthetic article with no statements.\n";

  const evidence: TSeedBoardFile["evidence"] = [];
  for (let j = 0; j < evidenceCount; j++) {
    const n = j + 1;
    evidence.push({
      key: evidenceKey(j),
      title: `Synthetic source ${n}`,
      url: null,
      publisher: `Synthetic publisher ${(j % 40) + 1}`,
      publishedOn: `20${10 + (j % 15)}-${String((j % 12) + 1).padStart(2, "0")}-${String((j % 28) + 1).padStart(2, "0")}`,
      excerpt: `Synthetic excerpt ${n}: figures and statements generated for testing; not a real source.`,
      sourceType: j < SOURCE_TYPES.length ? SOURCE_TYPES[j]! : pick(random, SOURCE_TYPES),
      reliability: 1 + Math.floor(random() * 5),
      provenance: "Generated by the synthetic board generator (lib/seed/synthetic-board.ts).",
    });
  }

  const linkPairs = pickPairs(
    random,
    linkCount,
    claimCount,
    evidenceCount,
    locality,
    () => true,
    claimCount * evidenceCount,
    true,
  );
  const links: TSeedBoardFile["links"] = linkPairs.map(([c, e], k) => ({
    claim: claimKey(c),
    evidence: evidenceKey(e),
    stance: k < STANCES.length ? STANCES[k]! : pick(random, STANCES),
    strength: 1 + Math.floor(random() * 5),
    note: k % 10 === 0 ? `Synthetic note on link ${k + 1}.` : "",
  }));

  // Relations run from a later claim to an earlier one (the argument builds on
  // what came before), so they never form a cycle.
  const relationPairs = pickPairs(
    random,
    relationCount,
    claimCount,
    claimCount,
    locality,
    (from, to) => to < from,
    maxRelations,
    false,
  );
  const relations: TSeedBoardFile["relations"] = relationPairs.map(([from, to], k) => ({
    from: claimKey(from),
    to: claimKey(to),
    type: k < RELATION_TYPES.length ? RELATION_TYPES[k]! : pick(random, RELATION_TYPES),
    note: "",
  }));

  const seedKey = syntheticSeedKey({ claims: claimCount, evidence: evidenceCount, links: linkCount, seed });
  const file: TSeedBoardFile = {
    board: {
      title: `Synthetic board: ${claimCount} claims, ${evidenceCount} evidence, ${linkCount} links`,
      description: `A generated board for benchmarks and load tests (seed ${seed}). Its article, claims and sources are synthetic and say nothing true.`,
    },
    article: {
      title: `Synthetic article (${claimCount} statements)`,
      byline: "Synthetic author",
      publisher: "Synthetic publisher",
      publishedOn: null,
      url: null,
      textFile: SYNTHETIC_TEXT_FILE,
    },
    claims,
    relations,
    evidence,
    links,
  };
  return planSeedBoard(seedKey, file, text);
}
