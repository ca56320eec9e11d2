import "server-only";
import { mentionsToPlainText } from "../../comments/mentions";
import type { TDbClient } from "../../db/prisma-client";
import { addDays, DUE_SOON_DAYS, isoDay } from "../../notifications/due-dates";
import type { TMyWorkView } from "../../notifications/types";
import type { TActor } from "../actor";
import { countUnreadNotifications } from "../notifications/count-unread-notifications";
import { toWorkClaimRef, visibleBoardWhere, WORK_CLAIM_SELECT, workScope } from "./work-scope";

/** Each section shows at most this many; the boards themselves hold the rest. */
export const WORK_SECTION_LIMIT = 100;
const EXCERPT_LENGTH = 200;

const byBoardThenNumber = [{ board: { title: "asc" as const } }, { boardId: "asc" as const }, { number: "asc" as const }];

/**
 * The signed-in person's work across every board they can see: claims
 * assigned to them, waiting for their review, returned to them, comments
 * mentioning them, and their claims due soon or overdue.
 */
export async function getMyWork(db: TDbClient, actor: TActor, now = new Date()): Promise<TMyWorkView> {
  const { userId, workspaceIds } = workScope(actor);
  const reviewWorkspaceIds = workScope(actor, "claim.review").workspaceIds;
  const today = isoDay(now);
  const empty: TMyWorkView = { today, assigned: [], toReview: [], returned: [], mentions: [], due: [], unreadCount: 0 };
  if (workspaceIds.length === 0) return empty;
  const board = visibleBoardWhere(workspaceIds);
  const mine = { assigneeId: userId, board };

  const [assigned, returned, due, toReview, mentions] = await Promise.all([
    db.claim.findMany({ where: { ...mine, stage: "researching" }, select: WORK_CLAIM_SELECT, orderBy: byBoardThenNumber, take: WORK_SECTION_LIMIT }),
    db.claim.findMany({ where: { ...mine, stage: "returned" }, select: WORK_CLAIM_SELECT, orderBy: byBoardThenNumber, take: WORK_SECTION_LIMIT }),
    db.claim.findMany({
      where: { ...mine, stage: { not: "published" }, dueOn: { not: null, lte: addDays(today, DUE_SOON_DAYS) } },
      select: WORK_CLAIM_SELECT,
      orderBy: [{ dueOn: "asc" }, ...byBoardThenNumber],
      take: WORK_SECTION_LIMIT,
    }),
    reviewWorkspaceIds.length === 0
      ? Promise.resolve([])
      : db.claim.findMany({
          // Nobody approves their own proposal (lib/workflow/claim-workflow.ts).
          where: { stage: "ready_for_review", board: visibleBoardWhere(reviewWorkspaceIds), NOT: { proposedById: userId } },
          select: WORK_CLAIM_SELECT,
          orderBy: [{ updatedAt: "asc" }, { id: "asc" }],
          take: WORK_SECTION_LIMIT,
        }),
    db.comment.findMany({
      // mentions is a JSON array of ids; ids never hold a quote, so the quoted id matches only itself.
      where: { board, deletedAt: null, authorId: { not: userId }, mentions: { contains: JSON.stringify(userId) } },
      select: { id: true, body: true, createdAt: true, author: { select: { name: true } }, claim: { select: WORK_CLAIM_SELECT } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: WORK_SECTION_LIMIT,
    }),
  ]);

  const ref = (row: Parameters<typeof toWorkClaimRef>[0]) => toWorkClaimRef(row, today);
  return {
    today,
    assigned: assigned.map(ref),
    toReview: toReview.map(ref),
    returned: returned.map(ref),
    due: due.map(ref),
    mentions: mentions.map((comment) => {
      const text = mentionsToPlainText(comment.body);
      return {
        commentId: comment.id,
        authorName: comment.author.name,
        excerpt: text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH - 1)}…` : text,
        createdAt: comment.createdAt.toISOString(),
        claim: ref(comment.claim),
      };
    }),
    unreadCount: await countUnreadNotifications(db, actor),
  };
}
