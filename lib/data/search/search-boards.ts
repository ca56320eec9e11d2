import "server-only";
import { claimPermalinkPath } from "../../board/claim-permalink";
import { Prisma } from "../../db/generated/sqlite/client";
import type { TPrismaClient } from "../../db/prisma-client";
import { roleCan } from "../../permissions/roles";
import { searchExcerpt } from "../../search/search-excerpt";
import { flatTerms, fts5MatchExpression, postgresTsQuery, type TSearchTerms } from "../../search/search-query";
import type { TSearchResult, TSearchResultKind } from "../../search/types";
import type { TActor } from "../actor";

export const SEARCH_RESULT_LIMIT = 50;
/**
 * SQLite ranks every match in the full-text index alone (as fast as the bare FTS5 query), then joins only the best
 * few times the limit to their rows, boards and permissions. When those leave fewer than the limit (most of the best
 * matches are on boards the reader may not see), it ranks again with every match joined.
 */
const FIRST_WINDOW_PER_RESULT = 4;

/** A match with what its result shows, read in the same query: no second read, and no row that changed in between. */
type TMatchRow = {
  kind: TSearchResultKind;
  id: string;
  boardId: string;
  boardTitle: string;
  /** The claim's number; for a comment, that of the claim it discusses. */
  number: number | bigint | null;
  /** The claim's statement, the evidence's title, the discussed claim's statement. */
  title: string;
  /** The claim's quote, the evidence's excerpt, the comment's words. */
  body: string;
  publisher: string | null;
  /** For a comment: the claim it discusses. */
  claimId: string | null;
};

/** Which boards the actor may search: all of them (the install's owner), or public ones plus their workspaces'. */
function readableScope(actor: TActor) {
  const everything = actor.roles["*"] !== undefined;
  const workspaces = Object.keys(actor.roles);
  const discussionWorkspaces = workspaces.filter((id) => roleCan(actor.roles[id]!, "discussion.read"));
  // IN () is not SQL: an id no workspace has stands for none.
  const list = (ids: string[]) => Prisma.join(ids.length > 0 ? ids : [""]);
  return {
    /** Claims and evidence: public boards, and boards of the actor's workspaces. */
    content: everything ? Prisma.sql`1 = 1` : Prisma.sql`(b."visibility" = 'public' OR b."workspaceId" IN (${list(workspaces)}))`,
    /** Comments: members only, even on a public board. */
    discussion: everything ? Prisma.sql`1 = 1` : Prisma.sql`b."workspaceId" IN (${list(discussionWorkspaces)})`,
  };
}

/** Which database the client talks to: the full-text SQL differs (both clients are typed as the SQLite one). */
function isPostgres(db: TPrismaClient): boolean {
  return (db as unknown as { _activeProvider?: string })._activeProvider === "postgresql";
}

/** The best `limit` readable matches among the `window` best matches of the index (all of them for null), best first. */
function matchSqlite(db: TPrismaClient, match: string, scope: ReturnType<typeof readableScope>, limit: number, window: number | null) {
  // Joined back to the real rows and their board, so only what exists, is readable, not mid-import and not deleted is
  // found. Ties in rank go by the index's rowid in both orders, so a window's best are the same as the whole's.
  return db.$queryRaw<TMatchRow[]>`
    WITH s AS (
      SELECT "rowid", bm25("SearchText", 2.0, 1.0) AS "rank" FROM "SearchText" WHERE "SearchText" MATCH ${match}
      ORDER BY "rank", "rowid" LIMIT ${window ?? -1}
    )
    SELECT d."kind" AS "kind", d."entityId" AS "id", b."id" AS "boardId", b."title" AS "boardTitle",
      COALESCE(c."number", mc."number") AS "number",
      COALESCE(c."statement", e."title", mc."statement") AS "title",
      COALESCE(c."quoteExact", e."excerpt", m."body") AS "body",
      e."publisher" AS "publisher", m."claimId" AS "claimId"
    FROM s
    JOIN "SearchDocument" d ON d."rowid" = s."rowid"
    LEFT JOIN "Claim" c ON d."kind" = 'claim' AND c."id" = d."entityId"
    LEFT JOIN "Evidence" e ON d."kind" = 'evidence' AND e."id" = d."entityId"
    LEFT JOIN "Comment" m ON d."kind" = 'comment' AND m."id" = d."entityId" AND m."deletedAt" IS NULL
    LEFT JOIN "Claim" mc ON mc."id" = m."claimId"
    JOIN "Board" b ON b."id" = COALESCE(c."boardId", e."boardId", m."boardId")
    WHERE b."importing" = 0 AND b."deletedAt" IS NULL
      AND ((d."kind" <> 'comment' AND ${scope.content}) OR (d."kind" = 'comment' AND ${scope.discussion}))
    ORDER BY s."rank", s."rowid"
    LIMIT ${limit}`;
}

async function searchSqlite(db: TPrismaClient, terms: TSearchTerms, actor: TActor, limit: number): Promise<TMatchRow[]> {
  const scope = readableScope(actor);
  const match = fts5MatchExpression(terms);
  const best = await matchSqlite(db, match, scope, limit, limit * FIRST_WINDOW_PER_RESULT);
  return best.length === limit ? best : matchSqlite(db, match, scope, limit, null);
}

async function searchPostgres(db: TPrismaClient, terms: TSearchTerms, actor: TActor, limit: number): Promise<TMatchRow[]> {
  const scope = readableScope(actor);
  // The tsvectors carry the board, so the permission filter needs no join back; the shown columns are read for the best only.
  return db.$queryRaw<TMatchRow[]>`
    WITH q AS (SELECT to_tsquery('english', ${postgresTsQuery(terms)}) AS "query"),
    best AS (
      SELECT r."kind", r."id", r."rank", b."id" AS "boardId", b."title" AS "boardTitle" FROM (
        SELECT 'claim' AS "kind", c."id", c."boardId", ts_rank(c."searchVector", q."query") AS "rank"
          FROM "Claim" c, q WHERE c."searchVector" @@ q."query"
        UNION ALL
        SELECT 'evidence', e."id", e."boardId", ts_rank(e."searchVector", q."query")
          FROM "Evidence" e, q WHERE e."searchVector" @@ q."query"
        UNION ALL
        SELECT 'comment', m."id", m."boardId", ts_rank(m."searchVector", q."query")
          FROM "Comment" m, q WHERE m."searchVector" @@ q."query" AND m."deletedAt" IS NULL
      ) r
      JOIN "Board" b ON b."id" = r."boardId"
      WHERE b."importing" = false AND b."deletedAt" IS NULL
        AND ((r."kind" <> 'comment' AND ${scope.content}) OR (r."kind" = 'comment' AND ${scope.discussion}))
      ORDER BY r."rank" DESC, r."id"
      LIMIT ${limit}
    )
    SELECT best."kind", best."id", best."boardId", best."boardTitle",
      COALESCE(c."number", mc."number") AS "number",
      COALESCE(c."statement", e."title", mc."statement") AS "title",
      COALESCE(c."quoteExact", e."excerpt", m."body") AS "body",
      e."publisher" AS "publisher", m."claimId" AS "claimId"
    FROM best
    LEFT JOIN "Claim" c ON best."kind" = 'claim' AND c."id" = best."id"
    LEFT JOIN "Evidence" e ON best."kind" = 'evidence' AND e."id" = best."id"
    LEFT JOIN "Comment" m ON best."kind" = 'comment' AND m."id" = best."id"
    LEFT JOIN "Claim" mc ON mc."id" = m."claimId"
    ORDER BY best."rank" DESC, best."id"`;
}

function toSearchResult(row: TMatchRow, words: readonly string[]): TSearchResult {
  const board = { id: row.boardId, title: row.boardTitle };
  const number = Number(row.number);
  switch (row.kind) {
    case "claim": {
      const permalink = claimPermalinkPath(board.id, number);
      return { kind: "claim", id: row.id, board, number, permalink, href: permalink, title: row.title, excerpt: searchExcerpt(row.body, words) };
    }
    case "evidence":
      return {
        kind: "evidence", id: row.id, board, href: `/boards/${encodeURIComponent(board.id)}`,
        title: row.title, excerpt: searchExcerpt([row.publisher, row.body].filter(Boolean).join(" · "), words),
      };
    case "comment": {
      const permalink = claimPermalinkPath(board.id, number);
      return {
        kind: "comment", id: row.id, board, href: permalink, claim: { id: row.claimId!, number, permalink },
        title: row.title, excerpt: searchExcerpt(row.body, words),
      };
    }
  }
}

/**
 * Claims (statement, quote), evidence (title, publisher, URL, excerpt) and comments the actor may read, best match
 * first, across every board: FTS5's bm25 on SQLite, ts_rank on PostgreSQL. Signed-out readers find public boards'
 * claims and evidence, never comments; members find their workspaces' boards too, with their discussions.
 * One query (two on SQLite when the best matches are mostly unreadable), results and their details together.
 */
export async function searchBoards(
  db: TPrismaClient,
  actor: TActor,
  terms: TSearchTerms,
  { limit = SEARCH_RESULT_LIMIT }: { limit?: number } = {},
): Promise<TSearchResult[]> {
  const rows = isPostgres(db) ? await searchPostgres(db, terms, actor, limit) : await searchSqlite(db, terms, actor, limit);
  const words = flatTerms(terms);
  return rows.map((row) => toSearchResult(row, words));
}
