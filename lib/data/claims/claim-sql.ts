import "server-only";
import { sqlParam, type TColumnType, type TDirectQueries, type TSqlParam } from "../../db/direct-sql";
import type { Claim } from "../../db/generated/sqlite/client";
import type { TClaimUpdateInput } from "../../schemas/claim";
import { notFound } from "../errors";

// A claim row as direct statements read it (lib/db/direct-sql.ts). Typed
// against Prisma's Claim, so a column added to the model fails to compile here
// until it is listed.
const CLAIM_COLUMNS: { [K in keyof Claim]: TColumnType } = {
  id: "string",
  boardId: "string",
  statement: "string",
  quoteExact: "string",
  quotePrefix: "string",
  quoteSuffix: "string",
  positionStart: "int",
  positionEnd: "int",
  speaker: "string",
  kind: "string",
  checkable: "boolean",
  checkworthiness: "float",
  baseScore: "float",
  verdict: "string",
  verdictRationale: "string",
  stage: "string",
  assigneeId: "string?",
  proposedVerdict: "string?",
  proposedRationale: "string?",
  proposedById: "string?",
  approvedById: "string?",
  publishedAt: "datetime?",
  dueOn: "string?",
  version: "int",
  number: "int",
  createdAt: "datetime",
  updatedAt: "datetime",
};

const SELECTED = Object.keys(CLAIM_COLUMNS).map((name) => `"${name}"`).join(", ");

type TClaimChanges = Omit<TClaimUpdateInput, "version">;

/** How each editable field is sent; every field of the edit input must be here. */
const EDIT_PARAMS: { [K in keyof TClaimChanges]-?: (value: NonNullable<TClaimChanges[K]>) => TSqlParam } = {
  statement: sqlParam.text,
  speaker: sqlParam.text,
  kind: sqlParam.text,
  checkable: sqlParam.boolean,
  checkworthiness: sqlParam.float,
  baseScore: sqlParam.float,
};

/** The claim, only if it belongs to the board (ids from another board are 404). */
export async function findBoardClaimDirect(tx: TDirectQueries, boardId: string, claimId: string): Promise<Claim> {
  const [claim] = await tx.rows<Claim>(
    `SELECT ${SELECTED} FROM "Claim" WHERE "id" = ? AND "boardId" = ?`,
    [sqlParam.text(claimId), sqlParam.text(boardId)],
    CLAIM_COLUMNS,
  );
  if (!claim) throw notFound("Claim");
  return claim;
}

/** Applies the edit if the claim is still at `version`, bumping it; the updated row, or null when it moved on. */
export async function editClaimAtVersionDirect(
  tx: TDirectQueries,
  claim: { id: string; boardId: string; version: number },
  changes: TClaimChanges,
): Promise<Claim | null> {
  const set: string[] = [];
  const params: TSqlParam[] = [];
  for (const [field, value] of Object.entries(changes) as [keyof TClaimChanges, never][]) {
    if (value === undefined) continue;
    set.push(`"${field}" = ?`);
    params.push(EDIT_PARAMS[field](value));
  }
  const [updated] = await tx.rows<Claim>(
    `UPDATE "Claim" SET ${[...set, `"version" = "version" + 1`, `"updatedAt" = ?`].join(", ")} WHERE "id" = ? AND "boardId" = ? AND "version" = ? RETURNING ${SELECTED}`,
    [...params, sqlParam.datetime(new Date()), sqlParam.text(claim.id), sqlParam.text(claim.boardId), sqlParam.int(claim.version)],
    CLAIM_COLUMNS,
  );
  return updated ?? null;
}

/**
 * One page of a board's claims in reading order (start, then longer first, then id), after the key when given:
 * what a large board's client pages through, 2,000 rows at a time, where Prisma's reading of each row cost three
 * times the statement's own.
 */
export function readBoardClaimsPageDirect(
  db: TDirectQueries,
  boardId: string,
  after: { positionStart: number; positionEnd: number; id: string } | null,
  take: number,
): Promise<Claim[]> {
  const { where, params } = boardClaimsAfter(boardId, after);
  return db.rows<Claim>(`SELECT ${SELECTED} FROM "Claim" WHERE ${where} ORDER BY ${CLAIM_READING_ORDER} LIMIT ?`, [...params, sqlParam.int(take)], CLAIM_COLUMNS);
}

/** A board's claims in reading order: by start, the longer of two at one start first, then by id. */
export const CLAIM_READING_ORDER = `"positionStart" ASC, "positionEnd" DESC, "id" ASC`;

/** The WHERE of a board's claims after a key in reading order (all of them without one), with its parameters. */
export function boardClaimsAfter(boardId: string, after: { positionStart: number; positionEnd: number; id: string } | null): { where: string; params: TSqlParam[] } {
  if (!after) return { where: `"boardId" = ?`, params: [sqlParam.text(boardId)] };
  const start = sqlParam.int(after.positionStart);
  const end = sqlParam.int(after.positionEnd);
  return {
    // The first bound is implied by the rest; it lets both databases start from the key in the reading-order index
    // (boardId, positionStart, positionEnd DESC, id) rather than scan every earlier claim.
    where: `"boardId" = ? AND "positionStart" >= ? AND ("positionStart" > ? OR ("positionStart" = ? AND "positionEnd" < ?) OR ("positionStart" = ? AND "positionEnd" = ? AND "id" > ?))`,
    params: [sqlParam.text(boardId), start, start, start, end, start, end, sqlParam.text(after.id)],
  };
}
