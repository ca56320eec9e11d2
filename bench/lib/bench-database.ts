// The benchmark's SQLite database: the Basra board and a synthetic board, both public.
import { importSeedBoard } from "../../lib/data/seed/import-seed-board";
import { LOCAL_OWNER } from "../../lib/data/actor";
import { setBoardVisibility } from "../../lib/data/boards/set-board-visibility";
import { readDatabaseConfig } from "../../lib/db/database-config";
import { migrateDatabase } from "../../lib/db/migrate-database";
import { createPrismaClient } from "../../lib/db/prisma-client";
import { buildBoardGraph } from "../../lib/graph/build-board-graph";
import { BASRA_SEED_KEY, readSeedBoard } from "../../lib/seed/read-seed-board";
import type { TSeedBoardPlan } from "../../lib/seed/seed-file";
import { generateSyntheticBoard } from "../../lib/seed/synthetic-board";

export const SYNTHETIC = { claims: 1000, evidence: 1000, links: 3000, seed: 1 } as const;
/** Issue 8 §4's sizes: about 500 nodes, and 10,000 nodes with 15,000 edges. */
export const SMALL_SYNTHETIC = { claims: 250, evidence: 250, links: 600, relations: 150, seed: 1 } as const;
export const LARGE_SYNTHETIC = { claims: 5000, evidence: 5000, links: 12500, relations: 2500, seed: 1 } as const;

export type TBenchBoards = Awaited<ReturnType<typeof prepareDatabase>>;

export async function prepareDatabase(databaseUrl: string) {
  const config = readDatabaseConfig(databaseUrl);
  await migrateDatabase(config);
  const db = createPrismaClient(config);
  try {
    const basraPlan = readSeedBoard(BASRA_SEED_KEY);
    const basra = await importSeedBoard(db, basraPlan);
    const started = performance.now();
    const syntheticPlan = generateSyntheticBoard(SYNTHETIC);
    const generatedMs = performance.now() - started;
    const importStarted = performance.now();
    const synthetic = await importSeedBoard(db, syntheticPlan);
    const importMs = performance.now() - importStarted;
    const smallPlan = generateSyntheticBoard(SMALL_SYNTHETIC);
    const small = await importSeedBoard(db, smallPlan);
    const largePlan = generateSyntheticBoard(LARGE_SYNTHETIC);
    const large = await importSeedBoard(db, largePlan);
    // The benchmark measures what a reader of a published board sees, signed out.
    for (const boardId of [basra.boardId, synthetic.boardId, small.boardId, large.boardId]) {
      await setBoardVisibility(db, LOCAL_OWNER, boardId, "public");
    }
    return {
      basra: { id: basra.boardId, plan: basraPlan },
      synthetic: { id: synthetic.boardId, plan: syntheticPlan },
      small: { id: small.boardId, plan: smallPlan },
      large: { id: large.boardId, plan: largePlan },
      generatedMs,
      importMs,
    };
  } finally {
    await db.$disconnect();
  }
}

/** Nodes and edges the graph view shows for a board with no filter, by the app's own graph builder. */
export function graphSize(plan: TSeedBoardPlan): { nodes: number; edges: number } {
  const graph = buildBoardGraph({
    claims: plan.claims.map((c) => ({ id: c.key, verdict: c.verdict, kind: c.kind })),
    evidence: plan.evidence.map((e) => ({ id: e.key })),
    links: plan.links.map((l, i) => ({ id: `l${i}`, claimId: l.claim, evidenceId: l.evidence, stance: l.stance })),
    relations: plan.relations.map((r, i) => ({ id: `r${i}`, fromClaimId: r.from, toClaimId: r.to, type: r.type })),
  } as unknown as Parameters<typeof buildBoardGraph>[0]);
  return { nodes: graph.nodes.length, edges: graph.edges.length };
}
