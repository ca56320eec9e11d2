import { deleteEvidence } from "@/lib/data/evidence/delete-evidence";
import { updateEvidence } from "@/lib/data/evidence/update-evidence";
import { jsonRoute, readJsonBody } from "@/lib/http/json-route";
import { ZEvidenceUpdateInput } from "@/lib/schemas/evidence";

type TParams = { boardId: string; evidenceId: string };

export const PATCH = jsonRoute<TParams>(async ({ request, db, actor, params }) =>
  updateEvidence(db, actor, params.boardId, params.evidenceId, await readJsonBody(request, ZEvidenceUpdateInput)),
);

export const DELETE = jsonRoute<TParams>(({ db, actor, params }) =>
  deleteEvidence(db, actor, params.boardId, params.evidenceId),
);
