import { deleteEvidenceLink } from "@/lib/data/links/delete-evidence-link";
import { updateEvidenceLink } from "@/lib/data/links/update-evidence-link";
import { jsonRoute, readJsonBody } from "@/lib/http/json-route";
import { ZEvidenceLinkUpdateInput } from "@/lib/schemas/link";

type TParams = { boardId: string; linkId: string };

export const PATCH = jsonRoute<TParams>(async ({ request, db, actor, params }) =>
  updateEvidenceLink(db, actor, params.boardId, params.linkId, await readJsonBody(request, ZEvidenceLinkUpdateInput)),
);

export const DELETE = jsonRoute<TParams>(({ db, actor, params }) =>
  deleteEvidenceLink(db, actor, params.boardId, params.linkId),
);
