import { listActivity } from "@/lib/data/activity/list-activity";
import { jsonRoute } from "@/lib/http/json-route";
import { readSearchParam } from "@/lib/http/read-search-param";
import { ZId } from "@/lib/schemas/fields";

/** GET ?claimId=… narrows the log to one claim's history. */
export const GET = jsonRoute<{ boardId: string }>(async ({ request, db, actor, params }) => {
  const claimId = readSearchParam(request, "claimId");
  const parsed = claimId === null ? undefined : ZId.safeParse(claimId);
  if (parsed && !parsed.success) return { entries: [] };
  return { entries: await listActivity(db, actor, params.boardId, { claimId: parsed?.data }) };
});
