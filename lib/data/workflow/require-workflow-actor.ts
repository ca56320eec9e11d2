import "server-only";
import type { TWorkflowActor } from "../../workflow/claim-workflow";
import { roleInWorkspace, type TActor } from "../actor";
import type { TAuthorizedBoard } from "../authorize-board";
import { DataError } from "../errors";

/**
 * The actor as the workflow machine sees them. Call it after authorizeBoard:
 * the workflow records who proposed and who approved, so it needs a signed-in member.
 */
export function requireWorkflowActor(actor: TActor, board: TAuthorizedBoard): TWorkflowActor {
  const role = roleInWorkspace(actor, board.workspaceId);
  if (actor.userId === null || role === null) {
    throw new DataError(
      "unauthenticated",
      "Sign in as a member of this workspace to move claims through the workflow: it records who did each step.",
    );
  }
  return { userId: actor.userId, role };
}
