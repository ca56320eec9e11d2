import { z } from "zod";
import { ZRole } from "../permissions/roles";

/** PATCH /api/workspaces/:workspaceId/members/:userId */
export const ZMemberRoleChangeInput = z.object({ role: ZRole }).strict();
export type TMemberRoleChangeInput = z.infer<typeof ZMemberRoleChangeInput>;
