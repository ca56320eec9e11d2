import "server-only";
import type { TPrismaClient } from "../../db/prisma-client";
import type { TActor } from "../actor";
import { authorizeBoard } from "../authorize-board";
import { findBoardEvidence } from "./find-board-evidence";

/** Deletes the evidence with its links and saved position. */
export async function deleteEvidence(db: TPrismaClient, actor: TActor, boardId: string, evidenceId: string): Promise<void> {
  await authorizeBoard(db, actor, boardId, "evidence.delete");
  await findBoardEvidence(db, boardId, evidenceId);
  await db.$transaction([
    db.nodePosition.deleteMany({ where: { boardId, nodeId: evidenceId } }),
    db.evidence.delete({ where: { id: evidenceId } }),
  ]);
}
