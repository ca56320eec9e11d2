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

type TMatch = { kind: TSearchResultKind; id: string };

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

async function matchSqlite(db: TPrismaClient, terms: TSearchTerms, actor: TActor): Promise<TMatch[]> {
  const scope = readableScope(actor);
  // Joined back to the real rows and their board, so only what exists, is readable, not mid-import and not deleted is found.
  return db.$queryRaw<TMatch[]>`
    SELECT d."kind" AS "kind", d."entityId" AS "id"
    FROM (SELECT "rowid", bm25("SearchText", 2.0, 1.0) AS "rank" FROM "SearchText" WHERE "SearchText" MATCH ${fts5MatchExpression(terms)}) s
    JOIN "SearchDocument" d ON d."rowid" = s."rowid"
    LEFT JOIN "Claim" c ON d."kind" = 'claim' AND c."id" = d."entityId"
    LEFT JOIN "Evidence" e ON d."kind" = 'evidence' AND e."id" = d."entityId"
    LEFT JOIN "Comment" m ON d."kind" = 'comment' AND m."id" = d."entityId" AND m."deletedAt" IS NULL
    JOIN "Board" b ON b."id" = COALESCE(c."boardId", e."boardId", m."boardId")
    WHERE b."importing" = 0 AND b."deletedAt" IS NULL
      AND ((d."kind" <> 'comment' AND ${scope.content}) OR (d."kind" = 'comment' AND ${scope.discussion}))
    ORDER BY s."rank", d."entityId"
    LIMIT ${SEARCH_RESULT_LIMIT}`;
}

async function matchPostgres(db: TPrismaClient, terms: TSearchTerms, actor: TActor): Promise<TMatch[]> {
  const scope = readableScope(actor);
  return db.$queryRaw<TMatch[]>`
    WITH q AS (SELECT to_tsquery('english', ${postgresTsQuery(terms)}) AS "query")
    SELECT r."kind", r."id" FROM (
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
    LIMIT ${SEARCH_RESULT_LIMIT}`;
}

/**
 * Claims (statement, quote), evidence (title, publisher, URL, excerpt) and comments the actor may read, best match
 * first, across every board: FTS5's bm25 on SQLite, ts_rank on PostgreSQL. Signed-out readers find public boards'
 * claims and evidence, never comments; members find their workspaces' boards too, with their discussions.
 */
export async function searchBoards(db: TPrismaClient, actor: TActor, terms: TSearchTerms): Promise<TSearchResult[]> {
  const matches = isPostgres(db) ? await matchPostgres(db, terms, actor) : await matchSqlite(db, terms, actor);
  const ids = (kind: TSearchResultKind) => matches.filter((match) => match.kind === kind).map((match) => match.id);
  const board = { select: { id: true, title: true } } as const;
  const [claims, evidence, comments] = await Promise.all([
    db.claim.findMany({ where: { id: { in: ids("claim") } }, select: { id: true, number: true, statement: true, quoteExact: true, board } }),
    db.evidence.findMany({ where: { id: { in: ids("evidence") } }, select: { id: true, title: true, publisher: true, excerpt: true, board } }),
    db.comment.findMany({
      where: { id: { in: ids("comment") } },
      select: { id: true, body: true, board, claim: { select: { id: true, number: true, statement: true } } },
    }),
  ]);
  const words = flatTerms(terms);
  const byId = new Map<string, TSearchResult>();
  for (const claim of claims) {
    const permalink = claimPermalinkPath(claim.board.id, claim.number);
    byId.set(`claim:${claim.id}`, {
      kind: "claim", id: claim.id, board: claim.board, number: claim.number, permalink, href: permalink,
      title: claim.statement, excerpt: searchExcerpt(claim.quoteExact, words),
    });
  }
  for (const item of evidence) {
    byId.set(`evidence:${item.id}`, {
      kind: "evidence", id: item.id, board: item.board, href: `/boards/${encodeURIComponent(item.board.id)}`,
      title: item.title, excerpt: searchExcerpt([item.publisher, item.excerpt].filter(Boolean).join(" · "), words),
    });
  }
  for (const comment of comments) {
    const permalink = claimPermalinkPath(comment.board.id, comment.claim.number);
    byId.set(`comment:${comment.id}`, {
      kind: "comment", id: comment.id, board: comment.board, href: permalink,
      claim: { id: comment.claim.id, number: comment.claim.number, permalink },
      title: comment.claim.statement, excerpt: searchExcerpt(comment.body, words),
    });
  }
  // In rank order; a row deleted between the two reads is simply left out.
  return matches.flatMap((match) => byId.get(`${match.kind}:${match.id}`) ?? []);
}
