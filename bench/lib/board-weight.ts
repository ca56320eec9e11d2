// Issue 8 §4's two figures beside the graph's speed: strength recompute of a 10k-claim board
// (lib/strength, in this process) and the board page's HTML per node (fetched from the app).
import { generateSyntheticBoard } from "../../lib/seed/synthetic-board";
import { computeBoardStrengths, type TBoardStrengthInput } from "../../lib/strength/board-strengths";
import type { TSeedBoardPlan } from "../../lib/seed/seed-file";
import type { TTarget } from "./report";
import { kb, median, round } from "./stats";

const TARGETS = { recomputeMs: 50, htmlKbPerNode: 0.2 } as const;
/** 10,000 claims, 10,000 evidence, 25,000 links and 5,000 relations. */
const RECOMPUTE_BOARD = { claims: 10_000, evidence: 10_000, links: 25_000, relations: 5_000 } as const;
const RECOMPUTE_RUNS = 9;

/** A seed plan as the strength input the client recomputes from (keys stand in for ids). */
function strengthInput(plan: TSeedBoardPlan): TBoardStrengthInput {
  return {
    claims: plan.claims.map((claim) => ({ id: claim.key, baseScore: claim.baseScore ?? 0.5 })),
    evidence: plan.evidence.map((item) => ({ id: item.key, reliability: item.reliability })),
    links: plan.links.map((link, i) => ({ id: `l${i}`, claimId: link.claim, evidenceId: link.evidence, stance: link.stance, strength: link.strength })),
    relations: plan.relations.map((relation, i) => ({ id: `r${i}`, fromClaimId: relation.from, toClaimId: relation.to, type: relation.type })),
  } as TBoardStrengthInput;
}

export type TRecompute = {
  claims: number;
  runsMs: number[];
  medianMs: number;
  settled: boolean;
  /** The same runs on the rows as generated in this process, not parsed from JSON (for reference). */
  unparsedMedianMs: number;
};

function timeRecompute(input: TBoardStrengthInput): number[] {
  for (let warm = 0; warm < 3; warm++) computeBoardStrengths(input);
  const runsMs: number[] = [];
  for (let run = 0; run < RECOMPUTE_RUNS; run++) {
    const started = performance.now();
    computeBoardStrengths(input);
    runsMs.push(performance.now() - started);
  }
  return runsMs;
}

/**
 * computeBoardStrengths (what the board view runs after every edit) on a 10k-claim board: warmed up (JIT), then the
 * median of RECOMPUTE_RUNS. The rows are parsed from JSON, as the browser has them (from the page and the API): ids
 * built in this process by string concatenation are slower Map keys than parsed ones, which would measure the
 * generator rather than the recompute; that figure is reported beside it.
 */
export function measureStrengthRecompute(): TRecompute {
  const generated = strengthInput(generateSyntheticBoard(RECOMPUTE_BOARD));
  const input = JSON.parse(JSON.stringify(generated)) as TBoardStrengthInput;
  const settled = computeBoardStrengths(input).settled;
  const runsMs = timeRecompute(input);
  const unparsed = timeRecompute(generated);
  return {
    claims: input.claims.length,
    runsMs: runsMs.map((v) => round(v)),
    medianMs: round(median(runsMs)),
    settled,
    unparsedMedianMs: round(median(unparsed)),
  };
}

export type THtmlWeight = { url: string; bytes: number; nodes: number; kbPerNode: number };

/** The graph page's HTML as the server sends it (decoded), divided by the nodes the graph shows. */
export async function measureHtmlWeight(url: string, nodes: number): Promise<THtmlWeight> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status}`);
  const bytes = new TextEncoder().encode(await response.text()).length;
  return { url, bytes, nodes, kbPerNode: round(bytes / 1024 / nodes, 3) };
}

export function boardWeightTargets(recompute: TRecompute, html: THtmlWeight | { error: string }): TTarget[] {
  return [
    {
      name: `Strength recompute, ${recompute.claims.toLocaleString("en")}-claim board (median of ${recompute.runsMs.length})`,
      figure: `${recompute.medianMs} ms${recompute.settled ? "" : " (did not settle)"} (rows not from JSON: ${recompute.unparsedMedianMs} ms)`,
      limit: `≤ ${TARGETS.recomputeMs} ms`,
      pass: recompute.medianMs <= TARGETS.recomputeMs,
      measured: true,
    },
    "error" in html
      ? { name: "Board graph page HTML per node (10k board)", figure: "not measured", limit: `≤ ${TARGETS.htmlKbPerNode} KB`, pass: false, measured: false, note: html.error }
      : {
          name: `Board graph page HTML per node (10k board: ${kb(html.bytes)} / ${html.nodes} nodes)`,
          figure: `${html.kbPerNode} KB`,
          limit: `≤ ${TARGETS.htmlKbPerNode} KB`,
          pass: html.kbPerNode <= TARGETS.htmlKbPerNode,
          measured: true,
        },
  ];
}
