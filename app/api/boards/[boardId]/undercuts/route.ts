import { createUndercut } from "@/lib/data/undercuts/create-undercut";
import { jsonRoute, readJsonBody } from "@/lib/http/json-route";
import { ZUndercutCreateInput } from "@/lib/schemas/undercut";

export const POST = jsonRoute<{ boardId: string }>(
  async ({ request, db, actor, params }) => createUndercut(db, actor, params.boardId, await readJsonBody(request, ZUndercutCreateInput)),
  { successStatus: 201 },
);
