import { createWorkspace } from "@/lib/data/workspaces/create-workspace";
import { jsonRoute, readJsonBody } from "@/lib/http/json-route";
import { ZWorkspaceNameInput } from "@/lib/schemas/workspace";

export const POST = jsonRoute(
  async ({ request, db, actor }) => createWorkspace(db, actor, await readJsonBody(request, ZWorkspaceNameInput)),
  { successStatus: 201 },
);
