import "server-only";
import type { TEvidenceLinkView } from "../../board/types";
import type { TPrismaClient } from "../../db/prisma-client";
import type { TEvidenceLinkUpdateInput } from "../../schemas/link";
import type { TActor } from "../actor";
import { authorizeBoard } from "../authorize-board";
import { toEvidenceLinkView } from "../mappers";
import { findBoardEvidenceLink } from "./find-board-evidence-link";

export async function updateEvidenceLink(
  db: TPrismaClient,
  actor: TActor,
  boardId: string,
  linkId: string,
  input: TEvidenceLinkUpdateInput,
): Promise<TEvidenceLinkView> {
  await authorizeBoard(db, actor, boardId, "link.edit");
  await findBoardEvidenceLink(db, boardId, linkId);
  const row = await db.evidenceLink.update({ where: { id: linkId }, data: input });
  return toEvidenceLinkView(row);
}
