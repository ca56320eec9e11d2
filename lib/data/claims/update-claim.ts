import "server-only";
import type { TClaimView } from "../../board/types";
import type { TPrismaClient } from "../../db/prisma-client";
import type { TClaimUpdateInput } from "../../schemas/claim";
import { changedBasisFields, verdictBasisEditRefusal } from "../../workflow/verdict-basis";
import { recordActivity } from "../activity/record-activity";
import type { TActor } from "../actor";
import { authorizeBoard } from "../authorize-board";
import { DataError } from "../errors";
import { toClaimView } from "../mappers";
import { findBoardClaim } from "./find-board-claim";

const STALE_MESSAGE =
  "Someone else changed this claim since you opened it. Review the current version and apply your change again.";

/**
 * Edits a claim's statement, speaker, kind, checkable setting,
 * check-worthiness and base score. In review or published, the statement, kind and checkable
 * setting can't change under the verdict (409 with the current claim).
 */
export async function updateClaim(
  db: TPrismaClient,
  actor: TActor,
  boardId: string,
  claimId: string,
  input: TClaimUpdateInput,
): Promise<TClaimView> {
  // Verdicts are not in the input: they change only through the workflow (lib/data/workflow).
  const { version, ...changes } = input;
  const board = await authorizeBoard(db, actor, boardId, "claim.edit");
  const outcome = await db.$transaction(async (tx) => {
    const current = await findBoardClaim(tx, boardId, claimId);
    const currentView = toClaimView(current);
    if (version !== undefined && version !== current.version) return { saved: false as const, latest: currentView };
    const refusal = verdictBasisEditRefusal(currentView, changes);
    if (refusal) {
      throw new DataError("conflict", refusal, { current: currentView, fields: changedBasisFields(currentView, changes) });
    }
    // The version in the WHERE makes a concurrent save (or a proposal) lose cleanly instead of overwriting.
    const [updated] = await tx.claim.updateManyAndReturn({
      where: { id: claimId, boardId, version: current.version },
      data: { ...changes, version: { increment: 1 } },
    });
    if (!updated) return { saved: false as const, latest: toClaimView(await findBoardClaim(tx, boardId, claimId)) };
    const latest = toClaimView(updated);
    await recordActivity(tx, actor, {
      boardId,
      workspaceId: board.workspaceId,
      entityType: "claim",
      entityId: claimId,
      claimId,
      action: "updated",
      before: currentView,
      after: latest,
    });
    return { saved: true as const, latest };
  });
  if (!outcome.saved) throw new DataError("conflict", STALE_MESSAGE, { current: outcome.latest });
  return outcome.latest;
}
