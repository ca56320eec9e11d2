import "server-only";
import type { TPrismaClient } from "../../db/prisma-client";
import { recordActivity } from "../activity/record-activity";
import type { TActor } from "../actor";
import { authorizeBoard } from "../authorize-board";
import { toClaimView } from "../mappers";
import { deleteDependentArguments } from "../undercuts/delete-dependent-arguments";
import { findBoardClaim } from "./find-board-claim";

/** Deletes the claim with its links, relations, undercuts, premise groups and saved position; the log keeps what it was. */
export async function deleteClaim(db: TPrismaClient, actor: TActor, boardId: string, claimId: string): Promise<void> {
  await authorizeBoard(db, actor, boardId, "claim.delete");
  await db.$transaction(async (tx) => {
    const claim = await findBoardClaim(tx, boardId, claimId);
    await deleteDependentArguments(tx, actor, boardId, { claimIds: [claimId] });
    await tx.nodePosition.deleteMany({ where: { boardId, nodeId: claimId } });
    await tx.claim.delete({ where: { id: claimId } });
    await recordActivity(tx, actor, { boardId, entityType: "claim", entityId: claimId, claimId, action: "deleted", before: toClaimView(claim), after: null });
  });
}
