import { listActivity } from "@/lib/data/activity/list-activity";
import { jsonRoute } from "@/lib/http/json-route";
import { ZId } from "@/lib/schemas/fields";

/** GET ?claimId=… narrows the log to one claim's history. */
export const GET = jsonRoute<{ boardId: string }>(async ({ request, db, actor, params }) => {
  const claimId = new URL(request.url).searchParams.get("claimId");
  const parsed = claimId === null ? undefined : ZId.safeParse(claimId);
  if (parsed && !parsed.success) return { entries: [] };
  return { entries: await listActivity(db, actor, params.boardId, { claimId: parsed?.data }) };
});
