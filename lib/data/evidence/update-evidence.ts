import "server-only";
import type { TEvidenceView } from "../../board/types";
import type { TPrismaClient } from "../../db/prisma-client";
import type { TEvidenceUpdateInput } from "../../schemas/evidence";
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
  const current = await findBoardEvidence(db, boardId, evidenceId);
  const { version, ...changes } = input;
  if (changes.url) {
    const sameUrl = await db.evidence.findFirst({
      where: { boardId, url: changes.url, NOT: { id: evidenceId } },
      select: { title: true },
    });
    if (sameUrl) throw new DataError("conflict", `This board already has evidence with that URL: "${sameUrl.title}".`);
  }
  const { count } = await db.evidence.updateMany({
    where: { id: evidenceId, boardId, version: version ?? current.version },
    data: { ...changes, version: { increment: 1 } },
  });
  const latest = await findBoardEvidence(db, boardId, evidenceId);
  if (count === 0) {
    throw new DataError(
      "conflict",
      "Someone else changed this evidence since you opened it. Review the current version and apply your change again.",
      { current: toEvidenceView(latest) },
    );
  }
  return toEvidenceView(latest);
}
