import { searchBoards } from "@/lib/data/search/search-boards";
import { jsonRoute } from "@/lib/http/json-route";
import { readSearchTerms } from "@/lib/http/read-search-terms";

/** Full-text search across the boards the caller may read: `{ results: [...] }`, best match first. */
export const GET = jsonRoute(async ({ request, db, actor }) => ({ results: await searchBoards(db, actor, readSearchTerms(request)) }));
