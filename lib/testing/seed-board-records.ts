// Shared by the data-layer integration tests, which work on the imported Basra seed board.
import type { TDbClient } from "../db/prisma-client";
import type { TBoardPlan } from "../seed/seed-file";

/** How many claims, evidence items, links, relations and saved positions the database holds. */
export async function countArgumentRecords(db: TDbClient) {
  const [claims, evidence, links, relations, positions] = await Promise.all([
    db.claim.count(),
    db.evidence.count(),
    db.evidenceLink.count(),
    db.claimRelation.count(),
    db.nodePosition.count(),
  ]);
  return { claims, evidence, links, relations, positions };
}

/** The board's claim made from the seed claim with this key (found by its quote, which is unique in the seed). */
export function findSeedClaim(db: TDbClient, plan: TBoardPlan, boardId: string, key: string) {
  const seedClaim = plan.claims.find((claim) => claim.key === key);
  if (!seedClaim) throw new Error(`no seed claim has the key ${key}`);
  return db.claim.findFirstOrThrow({ where: { boardId, quoteExact: seedClaim.quote } });
}
