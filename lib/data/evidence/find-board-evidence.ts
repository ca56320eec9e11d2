import "server-only";
import type { TDbClient } from "../../db/prisma-client";
import { notFound } from "../errors";

/** The evidence, only if it belongs to the board. */
export async function findBoardEvidence(db: TDbClient, boardId: string, evidenceId: string) {
  const evidence = await db.evidence.findFirst({ where: { id: evidenceId, boardId } });
  if (!evidence) throw notFound("Evidence");
  return evidence;
}
