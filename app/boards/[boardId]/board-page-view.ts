import "server-only";
import { cache } from "react";
import { loadBoardPageViewOrNull } from "@/lib/data/boards/load-board-page-view-or-null";
import { getPrisma } from "@/lib/db/prisma-client";
import { getRequestActor } from "@/lib/http/request-actor";

/** The board as its pages load it, once per request: the board layout and the page inside it share one read. */
export const loadBoardPage = cache(async (boardId: string) => loadBoardPageViewOrNull(getPrisma(), await getRequestActor(), boardId));
