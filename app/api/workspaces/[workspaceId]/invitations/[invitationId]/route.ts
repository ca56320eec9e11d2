import { revokeInvitation } from "@/lib/data/invitations/revoke-invitation";
import { jsonRoute } from "@/lib/http/json-route";

type TParams = { workspaceId: string; invitationId: string };

export const DELETE = jsonRoute<TParams>(({ db, actor, params }) =>
  revokeInvitation(db, actor, params.workspaceId, params.invitationId),
);
