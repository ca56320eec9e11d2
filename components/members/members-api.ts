// Typed calls to the members, invitations and board-visibility endpoints.
// Every failure becomes an ApiError carrying the server's message, shown as it is.
import type { TAcceptedInvitation, TCreatedInvitation, TInvitationView, TWorkspaceMemberView } from "@/lib/members/types";
import type { TRole } from "@/lib/permissions/roles";
import type { TBoardVisibility } from "@/lib/schemas/vocabulary";
import { callJsonApi as call } from "../board/call-json-api";

export function createMembersApi(workspaceId: string) {
  const base = `/api/workspaces/${encodeURIComponent(workspaceId)}`;
  const member = (userId: string) => `${base}/members/${encodeURIComponent(userId)}`;
  return {
    changeRole: (userId: string, role: TRole) => call<TWorkspaceMemberView>("PATCH", member(userId), { role }),
    remove: (userId: string) => call<{ userId: string; unassignedClaimIds: string[] }>("DELETE", member(userId)),
    createInvitation: (role: TRole, note: string) => call<TCreatedInvitation>("POST", `${base}/invitations`, { role, note }),
    listInvitations: () => call<{ invitations: TInvitationView[] }>("GET", `${base}/invitations`),
    revokeInvitation: (invitationId: string) =>
      call<void>("DELETE", `${base}/invitations/${encodeURIComponent(invitationId)}`),
  };
}

export const acceptInvitation = (token: string) => call<TAcceptedInvitation>("POST", "/api/invitations/accept", { token });

export const setBoardVisibility = (boardId: string, visibility: TBoardVisibility) =>
  call<{ id: string; visibility: TBoardVisibility }>("PUT", `/api/boards/${encodeURIComponent(boardId)}/visibility`, {
    visibility,
  });
