import { listWorkspaceMembers } from "@/lib/data/members/list-workspace-members";
import { jsonRoute } from "@/lib/http/json-route";

export const GET = jsonRoute<{ workspaceId: string }>(async ({ db, actor, params }) => ({
  members: await listWorkspaceMembers(db, actor, params.workspaceId),
}));
