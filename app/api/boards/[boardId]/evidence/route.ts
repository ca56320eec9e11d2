import { createEvidence } from "@/lib/data/evidence/create-evidence";
import { jsonRoute, readJsonBody } from "@/lib/http/json-route";
import { ZEvidenceCreateInput } from "@/lib/schemas/evidence";

export const POST = jsonRoute<{ boardId: string }>(
  async ({ request, db, actor, params }) =>
    createEvidence(db, actor, params.boardId, await readJsonBody(request, ZEvidenceCreateInput)),
  { successStatus: 201 },
);
