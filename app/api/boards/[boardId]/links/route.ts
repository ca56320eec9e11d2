import { createEvidenceLink } from "@/lib/data/links/create-evidence-link";
import { jsonRoute, readJsonBody } from "@/lib/http/json-route";
import { ZEvidenceLinkCreateInput } from "@/lib/schemas/link";

export const POST = jsonRoute<{ boardId: string }>(
  async ({ request, db, actor, params }) =>
    createEvidenceLink(db, actor, params.boardId, await readJsonBody(request, ZEvidenceLinkCreateInput)),
  { successStatus: 201 },
);
