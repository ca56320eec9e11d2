import "server-only";
import type { TPrismaClient } from "../../db/prisma-client";
import type { TActor } from "../actor";
import { authorizeBoard } from "../authorize-board";
import { DataError } from "../errors";

/** The claims the signed-in reader has collapsed in this board's graph, in the order they were collapsed. */
export async function listGraphCollapses(db: TPrismaClient, actor: TActor, boardId: string): Promise<{ claimIds: string[] }> {
  await authorizeBoard(db, actor, boardId, "board.read");
  if (actor.userId === null) throw new DataError("unauthenticated", "Sign in to keep collapsed claims between visits.");
  const rows = await db.graphCollapse.findMany({
    where: { userId: actor.userId, boardId },
    orderBy: [{ createdAt: "asc" }, { claimId: "asc" }],
    select: { claimId: true },
  });
  return { claimIds: rows.map((row) => row.claimId) };
}
