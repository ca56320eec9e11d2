import { listBoards } from "@/lib/data/boards/list-boards";
import { jsonRoute } from "@/lib/http/json-route";

export const GET = jsonRoute(async ({ db, actor }) => ({ boards: await listBoards(db, actor) }));
