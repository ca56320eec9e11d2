import { getMyWork } from "@/lib/data/my-work/get-my-work";
import { jsonRoute } from "@/lib/http/json-route";

export const dynamic = "force-dynamic";

/** The signed-in person's work across every board they can see. */
export const GET = jsonRoute(async ({ db, actor }) => getMyWork(db, actor));
