import { getWorkspaceSettings } from "@/lib/data/workspaces/get-workspace-settings";
import { updateWorkspaceVerdictScale } from "@/lib/data/workspaces/update-workspace-verdict-scale";
import { jsonRoute, readJsonBody } from "@/lib/http/json-route";
import { ZVerdictScaleUpdateInput } from "@/lib/verdicts/verdict-scale-overrides";

type TParams = { workspaceId: string };

export const GET = jsonRoute<TParams>(async ({ db, actor, params }) =>
  (await getWorkspaceSettings(db, actor, params.workspaceId)).verdictScale,
);

/** Replaces the whole set of overrides; `overrides: null` returns every verdict to the default. */
export const PUT = jsonRoute<TParams>(async ({ request, db, actor, params }) =>
  updateWorkspaceVerdictScale(db, actor, params.workspaceId, await readJsonBody(request, ZVerdictScaleUpdateInput)),
);
