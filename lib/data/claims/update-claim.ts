import "server-only";
import type { TClaimView } from "../../board/types";
import type { TPrismaClient } from "../../db/prisma-client";
import type { TClaimUpdateInput } from "../../schemas/claim";
import { recordActivity } from "../activity/record-activity";
import type { TActor } from "../actor";
import { authorizeBoard } from "../authorize-board";
import { DataError } from "../errors";
import { toClaimView } from "../mappers";
import { findBoardClaim } from "./find-board-claim";

export async function updateClaim(
  db: TPrismaClient,
  actor: TActor,
  boardId: string,
  claimId: string,
  input: TClaimUpdateInput,
): Promise<TClaimView> {
  // Verdicts are not in the input: they change only through the workflow (lib/data/workflow).
  const { version, ...changes } = input;
  await authorizeBoard(db, actor, boardId, "claim.edit");
  const outcome = await db.$transaction(async (tx) => {
    const current = await findBoardClaim(tx, boardId, claimId);
    // The version in the WHERE makes a concurrent save lose cleanly instead of overwriting.
    const { count } = await tx.claim.updateMany({
      where: { id: claimId, boardId, version: version ?? current.version },
      data: { ...changes, version: { increment: 1 } },
    });
    const latest = toClaimView(await findBoardClaim(tx, boardId, claimId));
    if (count === 0) return { saved: false as const, latest };
    await recordActivity(tx, actor, { boardId, entityType: "claim", entityId: claimId, claimId, action: "updated", before: toClaimView(current), after: latest });
    return { saved: true as const, latest };
  });
  if (!outcome.saved) {
    throw new DataError(
      "conflict",
      "Someone else changed this claim since you opened it. Review the current version and apply your change again.",
      { current: outcome.latest },
    );
  }
  return outcome.latest;
}
