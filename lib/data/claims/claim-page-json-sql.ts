import "server-only";
import type { TClaimRowKey } from "../../board/board-rows-cursor";
import type { TClaimView } from "../../board/types";
import { sqlParam, type TDirectSql } from "../../db/direct-sql";
import { boardClaimsAfter, CLAIM_READING_ORDER } from "./claim-sql";

// A page of claims as the JSON text of their views, written by SQLite itself: the largest rows a board page loads,
// where reading each row into JavaScript, mapping it to its view and serialising it again cost about twice the
// statement (and most of the garbage). Each field is exactly what toClaimView (lib/data/mappers.ts) gives, which the
// integration test checks page by page. Not on PostgreSQL: there, its JSON functions were slower than reading the rows
// (lib/data/boards/get-board-rows-page-json.ts).

type TField = readonly [column: string, type: "text" | "int" | "float" | "boolean" | "datetime"];

/** Each field of the view from its column; typed against TClaimView, so a field added to the view must be added here. */
const VIEW_FIELDS: { [K in Exclude<keyof TClaimView, "selector">]: TField } = {
  id: ["id", "text"],
  number: ["number", "int"],
  statement: ["statement", "text"],
  speaker: ["speaker", "text"],
  kind: ["kind", "text"],
  checkable: ["checkable", "boolean"],
  checkworthiness: ["checkworthiness", "float"],
  baseScore: ["baseScore", "float"],
  verdict: ["verdict", "text"],
  verdictRationale: ["verdictRationale", "text"],
  stage: ["stage", "text"],
  assigneeId: ["assigneeId", "text"],
  proposedVerdict: ["proposedVerdict", "text"],
  proposedRationale: ["proposedRationale", "text"],
  proposedById: ["proposedById", "text"],
  approvedById: ["approvedById", "text"],
  publishedAt: ["publishedAt", "datetime"],
  dueOn: ["dueOn", "text"],
  version: ["version", "int"],
  updatedAt: ["updatedAt", "datetime"],
};
const SELECTOR_FIELDS: { [K in keyof TClaimView["selector"]]: TField } = {
  exact: ["quoteExact", "text"],
  prefix: ["quotePrefix", "text"],
  suffix: ["quoteSuffix", "text"],
  start: ["positionStart", "int"],
  end: ["positionEnd", "int"],
};

function valueSql([column, type]: TField): string {
  const c = `"${column}"`;
  switch (type) {
    // SQLite's JSON keeps 15 digits of a REAL; 17 read back as the same double (these columns are never NULL).
    case "float":
      return `json(printf('%!.17g', ${c}))`;
    case "boolean":
      return `json(CASE WHEN ${c} THEN 'true' ELSE 'false' END)`;
    // Prisma stores times as ISO 8601 text; strftime gives them as toISOString does (NULL stays NULL).
    case "datetime":
      return `strftime('%Y-%m-%dT%H:%M:%fZ', ${c})`;
    default:
      return c;
  }
}

function objectSql(fields: Record<string, TField>, nested: Record<string, string> = {}): string {
  const pairs = [
    ...Object.entries(fields).map(([key, field]) => `'${key}', ${valueSql(field)}`),
    ...Object.entries(nested).map(([key, sql]) => `'${key}', ${sql}`),
  ];
  return `json_object(${pairs.join(", ")})`;
}

const VIEW_SQL = objectSql(VIEW_FIELDS, { selector: objectSql(SELECTOR_FIELDS) });

/**
 * Up to `pageSize` of a board's claims in reading order after `after`, on SQLite, as the JSON text of a TClaimView
 * array, with the key of the last of them and whether more follow: one statement, so the three always agree.
 */
export async function readBoardClaimsPageJson(
  direct: TDirectSql,
  boardId: string,
  after: TClaimRowKey | null,
  pageSize: number,
): Promise<{ rowsJson: string; last: TClaimRowKey | undefined; more: boolean }> {
  if (direct.provider !== "sqlite") throw new Error("readBoardClaimsPageJson is for SQLite");
  const { where, params } = boardClaimsAfter(boardId, after);
  const lastOf = (column: string) => `(SELECT "${column}" FROM "page" WHERE "n" = ?)`;
  // The last key's columns are read as text (NULL on a page with no more after it) and turned back into numbers.
  const [row] = await direct.rows<{ rows: string; read: number; lastStart: string | null; lastEnd: string | null; lastId: string | null }>(
    `WITH "page" AS MATERIALIZED (` +
      `SELECT *, ROW_NUMBER() OVER (ORDER BY ${CLAIM_READING_ORDER}) AS "n" FROM "Claim" WHERE ${where} ORDER BY ${CLAIM_READING_ORDER} LIMIT ?` +
      `) SELECT (SELECT json_group_array(${VIEW_SQL} ORDER BY "n") FROM "page" WHERE "n" <= ?) AS "rows", (SELECT COUNT(*) FROM "page") AS "read", ` +
      `${lastOf("positionStart")} AS "lastStart", ${lastOf("positionEnd")} AS "lastEnd", ${lastOf("id")} AS "lastId"`,
    [...params, sqlParam.int(pageSize + 1), ...Array.from({ length: 4 }, () => sqlParam.int(pageSize))],
    { rows: "string", read: "int", lastStart: "string?", lastEnd: "string?", lastId: "string?" },
  );
  if (!row) throw new Error("The claims page statement returned no row");
  const more = row.read > pageSize;
  const last = more && row.lastId !== null ? { positionStart: Number(row.lastStart), positionEnd: Number(row.lastEnd), id: row.lastId } : undefined;
  return { rowsJson: row.rows, last, more };
}
