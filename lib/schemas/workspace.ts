import { z } from "zod";
import { requiredText } from "./fields";

export const WORKSPACE_NAME_MAX = 100;

/** POST /api/workspaces and PATCH /api/workspaces/:workspaceId */
export const ZWorkspaceNameInput = z.object({ name: requiredText("name", WORKSPACE_NAME_MAX) }).strict();
export type TWorkspaceNameInput = z.infer<typeof ZWorkspaceNameInput>;
