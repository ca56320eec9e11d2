import "server-only";
import type { TDbClient, TPrismaClient } from "../../db/prisma-client";
import type { TBoardPlan } from "../../seed/seed-file";
import { boardPlanBoardRow, boardPlanRows, chunks } from "../seed/import-seed-board";

/** A board left hidden this long was cut off mid-import (the server stopped): nobody will finish it. */
const ABANDONED_AFTER_MS = 60 * 60 * 1000;

export type TSavedProgress = { rowsSaved: number; rowsTotal: number };

/**
 * Writes a checked board plan in batches, each its own short write, so other requests get the database (and the
 * event loop, via `pause`) between them, where one transaction would hold SQLite's write lock for seconds. The board
 * stays hidden (importing) until `finish` runs in the transaction that reveals it; if anything fails the board and
 * every row written so far are deleted, so an import still leaves all or nothing.
 */
export async function writeImportedBoard(
  db: TPrismaClient,
  plan: TBoardPlan,
  options: {
    workspaceId: string;
    pause: () => Promise<void>;
    onProgress?: (progress: TSavedProgress) => void;
    /** Runs in the revealing transaction, e.g. to log the import. */
    finish: (tx: TDbClient, boardId: string) => Promise<void>;
  },
): Promise<string> {
  await deleteAbandonedImports(db);
  const { id } = await db.board.create({
    data: { ...boardPlanBoardRow(plan, options.workspaceId, null), importing: true },
    select: { id: true },
  });
  try {
    const rows = boardPlanRows(plan, id);
    const tables = [rows.claims, rows.evidence, rows.links, rows.relations, rows.undercuts, rows.premiseGroups, rows.premiseGroupMembers];
    const rowsTotal = tables.reduce((sum, table) => sum + table.length, 0);
    let rowsSaved = 0;
    // Each batch is its own transaction: on SQLite's one shared connection, a bare statement could run inside
    // another request's open transaction and vanish with its rollback.
    const batches = [
      ...chunks(rows.claims).map((data) => () => db.$transaction((tx) => tx.claim.createMany({ data }))),
      ...chunks(rows.evidence).map((data) => () => db.$transaction((tx) => tx.evidence.createMany({ data }))),
      ...chunks(rows.links).map((data) => () => db.$transaction((tx) => tx.evidenceLink.createMany({ data }))),
      ...chunks(rows.relations).map((data) => () => db.$transaction((tx) => tx.claimRelation.createMany({ data }))),
      ...chunks(rows.undercuts).map((data) => () => db.$transaction((tx) => tx.undercut.createMany({ data }))),
      ...chunks(rows.premiseGroups).map((data) => () => db.$transaction((tx) => tx.premiseGroup.createMany({ data }))),
      ...chunks(rows.premiseGroupMembers).map((data) => () => db.$transaction((tx) => tx.premiseGroupMember.createMany({ data }))),
    ];
    options.onProgress?.({ rowsSaved, rowsTotal });
    for (const write of batches) {
      rowsSaved += (await write()).count;
      options.onProgress?.({ rowsSaved, rowsTotal });
      await options.pause();
    }
    await db.$transaction(async (tx) => {
      // Revealed only whole: every planned row must be there.
      const where = { boardId: id };
      const stored = await Promise.all([
        tx.claim.count({ where }),
        tx.evidence.count({ where }),
        tx.evidenceLink.count({ where }),
        tx.claimRelation.count({ where }),
        tx.undercut.count({ where }),
        tx.premiseGroup.count({ where }),
        tx.premiseGroupMember.count({ where: { group: where } }),
      ]);
      const planned = tables.map((table) => table.length);
      if (stored.some((count, index) => count !== planned[index])) {
        throw new Error(`Import of board ${id} stored ${stored.join("/")} rows of ${planned.join("/")} (claims/evidence/links/relations/undercuts/premise groups/premises)`);
      }
      await tx.board.update({ where: { id, importing: true }, data: { importing: false }, select: { id: true } });
      await options.finish(tx, id);
    });
    return id;
  } catch (error) {
    await db.board.deleteMany({ where: { id, importing: true } }).catch((cleanup: unknown) => {
      console.error("Could not delete the unfinished import of board", id, cleanup);
    });
    throw error;
  }
}

/** Deletes boards whose import was cut off long ago (a crash mid-import), with everything they hold. */
async function deleteAbandonedImports(db: TPrismaClient): Promise<void> {
  await db.board.deleteMany({ where: { importing: true, createdAt: { lt: new Date(Date.now() - ABANDONED_AFTER_MS) } } });
}
