import { changeMemberRole } from "@/lib/data/members/change-member-role";
import { removeMember } from "@/lib/data/members/remove-member";
import { jsonRoute, readJsonBody } from "@/lib/http/json-route";
import { ZMemberRoleChangeInput } from "@/lib/schemas/membership";

type TParams = { workspaceId: string; userId: string };

export const PATCH = jsonRoute<TParams>(async ({ request, db, actor, params }) => {
  const { role } = await readJsonBody(request, ZMemberRoleChangeInput);
  return changeMemberRole(db, actor, params.workspaceId, params.userId, role);
});

export const DELETE = jsonRoute<TParams>(({ db, actor, params }) =>
  removeMember(db, actor, params.workspaceId, params.userId),
);
