import "server-only";
import type { TEvidenceView } from "../../board/types";
import type { TPrismaClient } from "../../db/prisma-client";
import type { TEvidenceUpdateInput } from "../../schemas/evidence";
import { recordActivity } from "../activity/record-activity";
import type { TActor } from "../actor";
import { authorizeBoard } from "../authorize-board";
import { DataError } from "../errors";
import { toEvidenceView } from "../mappers";
import { findBoardEvidence } from "./find-board-evidence";

export async function updateEvidence(
  db: TPrismaClient,
  actor: TActor,
  boardId: string,
  evidenceId: string,
  input: TEvidenceUpdateInput,
): Promise<TEvidenceView> {
  await authorizeBoard(db, actor, boardId, "evidence.edit");
  const { version, ...changes } = input;
  if (changes.url) {
    const sameUrl = await db.evidence.findFirst({
      where: { boardId, url: changes.url, NOT: { id: evidenceId } },
      select: { title: true },
    });
    if (sameUrl) throw new DataError("conflict", `This board already has evidence with that URL: "${sameUrl.title}".`);
  }
  const outcome = await db.$transaction(async (tx) => {
    const current = await findBoardEvidence(tx, boardId, evidenceId);
    const { count } = await tx.evidence.updateMany({
      where: { id: evidenceId, boardId, version: version ?? current.version },
      data: { ...changes, version: { increment: 1 } },
    });
    const latest = toEvidenceView(await findBoardEvidence(tx, boardId, evidenceId));
    if (count === 0) return { saved: false as const, latest };
    await recordActivity(tx, actor, { boardId, entityType: "evidence", entityId: evidenceId, action: "updated", before: toEvidenceView(current), after: latest });
    return { saved: true as const, latest };
  });
  if (!outcome.saved) {
    throw new DataError(
      "conflict",
      "Someone else changed this evidence since you opened it. Review the current version and apply your change again.",
      { current: outcome.latest },
    );
  }
  return outcome.latest;
}
