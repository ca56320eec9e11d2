import "server-only";
import type { TBoardViewWithText } from "../../board/types";
import type { TPrismaClient } from "../../db/prisma-client";
import type { Prisma } from "../../db/generated/sqlite/client";
import { ZBoardVisibility, ZGraphDirection } from "../../schemas/vocabulary";
import type { TActor } from "../actor";
import { authorizeBoard } from "../authorize-board";
import { notFound } from "../errors";
import { ZRole, type TRole } from "../../permissions/roles";
import { roleInWorkspace } from "../actor";
import { toVerdictScaleSettings } from "../workspaces/to-verdict-scale-settings";
import {
  toClaimRelationView,
  toClaimView,
  toCorrectionView,
  toEvidenceLinkView,
  toEvidenceView,
  toPremiseGroupView,
  toUndercutView,
} from "../mappers";
import { PREMISE_GROUP_INCLUDE } from "../premise-groups/find-board-premise-group";

export const BOARD_INCLUDE = {
  article: true,
  claims: { orderBy: [{ positionStart: "asc" }, { positionEnd: "desc" }, { id: "asc" }] },
  evidence: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
  links: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
  relations: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
  undercuts: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
  premiseGroups: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], include: PREMISE_GROUP_INCLUDE },
  positions: true,
  corrections: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
  workspace: {
    select: {
      verdictScale: true,
      memberships: {
        select: { role: true, user: { select: { id: true, name: true, email: true } } },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      },
    },
  },
} as const satisfies Prisma.BoardInclude;

/** A board row with everything the view needs (or the part of it a page carries). */
export type TBoardViewRow = Prisma.BoardGetPayload<{ include: typeof BOARD_INCLUDE }>;

/** The whole board: article, claims in reading order, evidence, links, relations, undercuts, premise groups, saved positions. */
export async function getBoardView(db: TPrismaClient, actor: TActor, boardId: string): Promise<TBoardViewWithText> {
  const authorized = await authorizeBoard(db, actor, boardId, "board.read");
  const board = await db.board.findUnique({ where: { id: boardId }, include: BOARD_INCLUDE });
  if (!board?.article) throw notFound("Board");
  return toBoardView(board, actor, roleInWorkspace(actor, authorized.workspaceId));
}

/** The loaded rows as the UI sees them. */
export function toBoardView(board: TBoardViewRow, actor: TActor, viewerRole: TRole | null): TBoardViewWithText {
  const article = board.article!;
  const credited = new Set<string>([
    ...board.claims.flatMap((claim) => [claim.assigneeId, claim.proposedById, claim.approvedById]),
    ...board.corrections.map((correction) => correction.correctedById),
  ].filter((id): id is string => id !== null));
  return {
    id: board.id,
    workspaceId: board.workspaceId,
    title: board.title,
    description: board.description,
    visibility: ZBoardVisibility.parse(board.visibility),
    graphDirection: ZGraphDirection.parse(board.graphDirection),
    archivedAt: board.archivedAt?.toISOString() ?? null,
    article: {
      id: article.id,
      title: article.title,
      byline: article.byline,
      publisher: article.publisher,
      publishedOn: article.publishedOn,
      url: article.url,
      text: article.text,
      contentHash: article.contentHash,
    },
    claims: board.claims.map(toClaimView),
    evidence: board.evidence.map(toEvidenceView),
    links: board.links.map(toEvidenceLinkView),
    relations: board.relations.map(toClaimRelationView),
    undercuts: board.undercuts.map(toUndercutView),
    premiseGroups: board.premiseGroups.map(toPremiseGroupView),
    positions: Object.fromEntries(board.positions.map((p) => [p.nodeId, { x: p.x, y: p.y }])),
    corrections: board.corrections.map(toCorrectionView),
    // Readers of a public board who aren't members see who did the work on it, by name only.
    members: board.workspace.memberships
      .filter((membership) => viewerRole !== null || credited.has(membership.user.id))
      .map((membership) => ({
        userId: membership.user.id,
        name: membership.user.name,
        email: viewerRole ? membership.user.email : null,
        role: ZRole.parse(membership.role),
      })),
    viewer: {
      userId: actor.userId,
      name: board.workspace.memberships.find((m) => m.user.id === actor.userId)?.user.name ?? null,
      role: viewerRole,
    },
    verdictScale: toVerdictScaleSettings(board.workspace.verdictScale).scale,
  };
}
