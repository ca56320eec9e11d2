import "server-only";
import type { TPrismaClient } from "../../db/prisma-client";
import type { TActor } from "../actor";
import { authorizeBoard } from "../authorize-board";
import { findBoardEvidenceLink } from "./find-board-evidence-link";

export async function deleteEvidenceLink(db: TPrismaClient, actor: TActor, boardId: string, linkId: string): Promise<void> {
  await authorizeBoard(db, actor, boardId, "link.delete");
  await findBoardEvidenceLink(db, boardId, linkId);
  await db.evidenceLink.delete({ where: { id: linkId } });
}
