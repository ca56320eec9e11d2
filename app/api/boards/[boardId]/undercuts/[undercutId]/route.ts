import { deleteUndercut } from "@/lib/data/undercuts/delete-undercut";
import { updateUndercut } from "@/lib/data/undercuts/update-undercut";
import { jsonRoute, readJsonBody } from "@/lib/http/json-route";
import { ZUndercutUpdateInput } from "@/lib/schemas/undercut";

type TParams = { boardId: string; undercutId: string };

export const PATCH = jsonRoute<TParams>(async ({ request, db, actor, params }) =>
  updateUndercut(db, actor, params.boardId, params.undercutId, await readJsonBody(request, ZUndercutUpdateInput)),
);

export const DELETE = jsonRoute<TParams>(({ db, actor, params }) => deleteUndercut(db, actor, params.boardId, params.undercutId));
