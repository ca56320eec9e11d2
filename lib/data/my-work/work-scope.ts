import "server-only";
import { claimPermalinkPath } from "../../board/claim-permalink";
import { isOverdue } from "../../notifications/due-dates";
import type { TWorkClaimRef } from "../../notifications/types";
import { roleCan, type TAction } from "../../permissions/roles";
import { ZWorkflowStage } from "../../workflow/stages";
import type { TActor } from "../actor";
import { DataError } from "../errors";

/** The signed-in person and the workspaces whose role allows `action`: My work never reaches past them. */
export function workScope(actor: TActor, action: TAction = "board.read"): { userId: string; workspaceIds: string[] } {
  if (!actor.userId) throw new DataError("unauthenticated", "Sign in to see your work and notifications.");
  // "*" is the install's own owner (scripts), never a person; only real memberships count.
  const workspaceIds = Object.entries(actor.roles)
    .filter(([workspaceId, role]) => workspaceId !== "*" && roleCan(role, action))
    .map(([workspaceId]) => workspaceId);
  return { userId: actor.userId, workspaceIds };
}

/** Boards a person sees in their work: in their workspaces, not mid-import, and neither archived (read-only) nor deleted. */
export const visibleBoardWhere = (workspaceIds: string[]) => ({
  workspaceId: { in: workspaceIds },
  importing: false,
  archivedAt: null,
  deletedAt: null,
});

export const WORK_CLAIM_SELECT = {
  id: true,
  boardId: true,
  number: true,
  statement: true,
  stage: true,
  dueOn: true,
  board: { select: { title: true } },
} as const;

type TWorkClaimRow = {
  id: string;
  boardId: string;
  number: number;
  statement: string;
  stage: string;
  dueOn: string | null;
  board: { title: string };
};

export function toWorkClaimRef(row: TWorkClaimRow, today: string): TWorkClaimRef {
  const stage = ZWorkflowStage.parse(row.stage);
  return {
    boardId: row.boardId,
    boardTitle: row.board.title,
    claimId: row.id,
    number: row.number,
    permalink: claimPermalinkPath(row.boardId, row.number),
    statement: row.statement,
    stage,
    dueOn: row.dueOn,
    overdue: isOverdue(row.dueOn, stage, today),
  };
}
