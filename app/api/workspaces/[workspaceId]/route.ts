import { renameWorkspace } from "@/lib/data/workspaces/rename-workspace";
import { jsonRoute, readJsonBody } from "@/lib/http/json-route";
import { ZWorkspaceNameInput } from "@/lib/schemas/workspace";

export const PATCH = jsonRoute<{ workspaceId: string }>(async ({ request, db, actor, params }) =>
  renameWorkspace(db, actor, params.workspaceId, await readJsonBody(request, ZWorkspaceNameInput)),
);
