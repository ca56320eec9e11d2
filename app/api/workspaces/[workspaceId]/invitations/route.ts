import { createInvitation } from "@/lib/data/invitations/create-invitation";
import { listInvitations } from "@/lib/data/invitations/list-invitations";
import { jsonRoute, readJsonBody } from "@/lib/http/json-route";
import { ZInvitationCreateInput } from "@/lib/schemas/invitation";

type TParams = { workspaceId: string };

export const GET = jsonRoute<TParams>(async ({ db, actor, params }) => ({
  invitations: await listInvitations(db, actor, params.workspaceId),
}));

export const POST = jsonRoute<TParams>(
  async ({ request, db, actor, params }) =>
    createInvitation(db, actor, params.workspaceId, await readJsonBody(request, ZInvitationCreateInput)),
  { successStatus: 201 },
);
