import { acceptInvitation } from "@/lib/data/invitations/accept-invitation";
import { jsonRoute, readJsonBody } from "@/lib/http/json-route";
import { ZInvitationAcceptInput } from "@/lib/schemas/invitation";

export const POST = jsonRoute(async ({ request, db, actor }) => {
  const { token } = await readJsonBody(request, ZInvitationAcceptInput);
  return acceptInvitation(db, actor, token);
});
