import "server-only";
import { nextBatchSize, type TBatchBounds } from "../../async/batch-size-by-time";
import { databaseProvider, type TDbClient, type TPrismaClient } from "../../db/prisma-client";
import type { TBoardPlan } from "../../seed/seed-file";
import { runInSlices } from "../../async/run-steps";
import { boardPlanBoardRow, boardPlanRowSteps, type boardPlanRows } from "../seed/import-seed-board";
import { insertRowsAsJson, type TJsonInsertTable } from "./insert-rows-as-json";

/** A board left hidden this long was cut off mid-import (the server stopped): nobody will finish it. */
const ABANDONED_AFTER_MS = 60 * 60 * 1000;

export type TSavedProgress = { rowsSaved: number; rowsTotal: number };

type TRows = ReturnType<typeof boardPlanRows>;
const TABLES: { [T in keyof TRows]: TJsonInsertTable<TRows[T][number]> } = {
  claims: {
    table: "Claim",
    columns: {
      id: "text",
      boardId: "text",
      statement: "text",
      quoteExact: "text",
      quotePrefix: "text",
      quoteSuffix: "text",
      positionStart: "integer",
      positionEnd: "integer",
      speaker: "text",
      kind: "text",
      checkable: "boolean",
      checkworthiness: "double precision",
      baseScore: "double precision",
      number: "integer",
      verdict: "text",
      verdictRationale: "text",
    },
    timestamps: ["createdAt", "updatedAt"],
  },
  evidence: {
    table: "Evidence",
    columns: {
      id: "text",
      boardId: "text",
      title: "text",
      url: "text",
      publisher: "text",
      publishedOn: "text",
      excerpt: "text",
      sourceType: "text",
      reliability: "integer",
      provenance: "text",
    },
    timestamps: ["createdAt", "updatedAt"],
  },
  links: {
    table: "EvidenceLink",
    columns: { id: "text", boardId: "text", claimId: "text", evidenceId: "text", stance: "text", strength: "integer", note: "text" },
    timestamps: ["createdAt", "updatedAt"],
  },
  relations: {
    table: "ClaimRelation",
    columns: { id: "text", boardId: "text", fromClaimId: "text", toClaimId: "text", type: "text", note: "text" },
    timestamps: ["createdAt"],
  },
  undercuts: {
    table: "Undercut",
    columns: { id: "text", boardId: "text", fromClaimId: "text", linkId: "text", relationId: "text", note: "text" },
    timestamps: ["createdAt", "updatedAt"],
  },
  premiseGroups: {
    table: "PremiseGroup",
    columns: { id: "text", boardId: "text", toClaimId: "text", type: "text", note: "text", memberKey: "text" },
    timestamps: ["createdAt", "updatedAt"],
  },
  premiseGroupMembers: { table: "PremiseGroupMember", columns: { groupId: "text", claimId: "text" }, timestamps: [] },
};
const TABLE_ORDER = ["claims", "evidence", "links", "relations", "undercuts", "premiseGroups", "premiseGroupMembers"] as const;

/**
 * Batches are sized by time, not rows: each should hold the event loop (and SQLite's one connection) about 40 ms,
 * whatever the machine's speed or load, so other requests wait at most about one batch; at least 100 rows, since
 * each batch's transaction has a fixed cost.
 */
const BATCHES: TBatchBounds = { targetMs: 40, first: 200, min: 100, max: 2_000 };

/**
 * Writes a checked board plan in batches, each its own short write (sized by time, see BATCHES), so other
 * requests get the database (and the event loop, via `pause`) between them, where one transaction would hold
 * SQLite's write lock for seconds. The board stays hidden (importing) until `finish` runs in the transaction that reveals it; if anything fails the board and
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
    const rows = await runInSlices(boardPlanRowSteps(plan, id), options.pause);
    const rowsTotal = TABLE_ORDER.reduce((sum, table) => sum + rows[table].length, 0);
    const provider = databaseProvider(db);
    const now = new Date();
    let rowsSaved = 0;
    let batchRows = BATCHES.first;
    options.onProgress?.({ rowsSaved, rowsTotal });
    for (const table of TABLE_ORDER) {
      const all: readonly unknown[] = rows[table];
      for (let from = 0; from < all.length; ) {
        const batch = all.slice(from, from + batchRows);
        const started = performance.now();
        // Each batch is its own transaction: on SQLite's one shared connection, a bare statement could run inside
        // another request's open transaction and vanish with its rollback.
        const inserted = await db.$transaction((tx) => insertRowsAsJson(tx, provider, TABLES[table] as TJsonInsertTable<unknown>, batch, now));
        if (inserted !== batch.length) throw new Error(`Import of board ${id} inserted ${inserted} of ${batch.length} ${table}`);
        batchRows = nextBatchSize(batch.length, performance.now() - started, BATCHES);
        from += batch.length;
        rowsSaved += batch.length;
        options.onProgress?.({ rowsSaved, rowsTotal });
        await options.pause();
      }
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
      const planned = TABLE_ORDER.map((table) => rows[table].length);
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
