import { createPasswordReset } from "@/lib/data/password-resets/create-password-reset";
import { jsonRoute } from "@/lib/http/json-route";

/** Takes no body. The link is in the answer this once; only its hash is kept. */
export const POST = jsonRoute<{ workspaceId: string; userId: string }>(
  async ({ db, actor, params }) => createPasswordReset(db, actor, params.workspaceId, params.userId),
  { successStatus: 201 },
);
