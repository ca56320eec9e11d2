import "server-only";
import type { TClaimView } from "../../board/types";
import type { TPrismaClient } from "../../db/prisma-client";
import type { TClaimUpdateInput } from "../../schemas/claim";
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
  const { version, ...changes } = input;
  const rulesOnVerdict = changes.verdict !== undefined || changes.verdictRationale !== undefined;
  await authorizeBoard(db, actor, boardId, rulesOnVerdict ? "claim.setVerdict" : "claim.edit");
  const current = await findBoardClaim(db, boardId, claimId);
  const expectedVersion = version ?? current.version;
  // The version in the WHERE makes a concurrent save lose cleanly instead of overwriting.
  const { count } = await db.claim.updateMany({
    where: { id: claimId, boardId, version: expectedVersion },
    data: { ...changes, version: { increment: 1 } },
  });
  const latest = await findBoardClaim(db, boardId, claimId);
  if (count === 0) {
    throw new DataError(
      "conflict",
      "Someone else changed this claim since you opened it. Review the current version and apply your change again.",
      { current: toClaimView(latest) },
    );
  }
  return toClaimView(latest);
}
