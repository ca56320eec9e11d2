import "server-only";
import type { TPrismaClient } from "../../db/prisma-client";
import type { TNodePositionsInput } from "../../schemas/positions";
import type { TActor } from "../actor";
import { authorizeBoard } from "../authorize-board";
import { DataError } from "../errors";

/** Saves dragged node positions; a direction change or reset first clears the old ones. */
export async function saveNodePositions(
  db: TPrismaClient,
  actor: TActor,
  boardId: string,
  input: TNodePositionsInput,
): Promise<{ saved: number }> {
  await authorizeBoard(db, actor, boardId, "graph.saveLayout");
  const nodeIds = [...new Set(input.positions.map((p) => p.nodeId))];
  if (nodeIds.length !== input.positions.length) {
    throw new DataError("invalid", "Each node may appear only once in positions.");
  }
  if (nodeIds.length > 0) {
    const [claims, evidence] = await Promise.all([
      db.claim.count({ where: { boardId, id: { in: nodeIds } } }),
      db.evidence.count({ where: { boardId, id: { in: nodeIds } } }),
    ]);
    if (claims + evidence !== nodeIds.length) {
      throw new DataError("not_found", "Some positions name nodes that are not on this board.");
    }
  }
  await db.$transaction([
    ...(input.reset || input.direction
      ? [db.nodePosition.deleteMany({ where: { boardId } })]
      : [db.nodePosition.deleteMany({ where: { boardId, nodeId: { in: nodeIds } } })]),
    ...(input.direction ? [db.board.update({ where: { id: boardId }, data: { graphDirection: input.direction } })] : []),
    ...(input.positions.length > 0
      ? [db.nodePosition.createMany({ data: input.positions.map((p) => ({ boardId, ...p })) })]
      : []),
  ]);
  return { saved: input.positions.length };
}
