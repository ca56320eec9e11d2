import "server-only";
import type { TPrismaClient } from "../../db/prisma-client";

/** System-level: whether the database is still empty (start-up seeding). */
export async function countBoards(db: TPrismaClient): Promise<number> {
  return db.board.count();
}
