// GET /api/boards/:id/rows through the real route handler: the compact columns shape carries exactly what the objects
// shape does, page after page, and an unknown format is a clear 400.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { fromColumnRowsPage, type TBoardColumnRowsPage } from "../board/board-rows-columns";
import { LOCAL_OWNER } from "../data/actor";
import { importSeedBoard } from "../data/seed/import-seed-board";
import { generateSyntheticBoard } from "../seed/synthetic-board";
import { callRoute, jsonRequest, type TMockedRequestState, type TRouteHandler } from "../testing/route-calls";
import { createTestDatabase, TEST_PROVIDERS, type TTestDatabase } from "../testing/test-databases";

const state = vi.hoisted(() => ({ db: null, actor: { userId: null, roles: {} }, user: null }) as TMockedRequestState<unknown>);
vi.mock("../db/prisma-client", async (importOriginal) => ({
  ...(await importOriginal<typeof import("../db/prisma-client")>()),
  getPrisma: () => state.db,
}));
vi.mock("./request-actor", () => ({
  ANONYMOUS: { userId: null, roles: {} },
  getRequestActor: async () => state.actor,
  getSignedInUser: async () => state.user,
}));

const route = await import("@/app/api/boards/[boardId]/rows/route");
const rows = (boardId: string, query: string) =>
  callRoute(route.GET as TRouteHandler, jsonRequest("GET", `/api/boards/${boardId}/rows${query}`), { boardId });

describe.each(TEST_PROVIDERS)("GET /api/boards/:id/rows on %s", (provider) => {
  let database: TTestDatabase;
  let boardId: string;
  beforeAll(async () => {
    database = await createTestDatabase(provider);
    state.db = database.db;
    state.actor = LOCAL_OWNER;
    boardId = (await importSeedBoard(database.db, generateSyntheticBoard({ claims: 2_500, evidence: 50, links: 100, relations: 20, seed: 3 }))).boardId;
  });
  afterAll(async () => {
    await database?.drop();
  });

  it("sends the same rows as columns as it does as objects, in less JSON, with the same cursors", async () => {
    for (const table of ["claims", "links"] as const) {
      let after: string | null = null;
      let pages = 0;
      do {
        const cursor: string = after === null ? "" : `&after=${encodeURIComponent(after)}`;
        const objects = await rows(boardId, `?table=${table}${cursor}`);
        const columns = await rows(boardId, `?table=${table}&format=columns${cursor}`);
        expect([objects.status, columns.status]).toEqual([200, 200]);
        expect(fromColumnRowsPage(columns.body as unknown as TBoardColumnRowsPage)).toEqual(objects.body);
        if ((objects.body!.rows as unknown[]).length > 0) expect(JSON.stringify(columns.body).length).toBeLessThan(JSON.stringify(objects.body).length);
        after = objects.body!.nextCursor as string | null;
        pages++;
      } while (after !== null);
      expect(pages).toBe(table === "claims" ? 2 : 1);
    }
  });

  it("refuses a format it does not know with 400 naming it, as objects by default", async () => {
    const { status, body } = await rows(boardId, "?table=claims&format=csv");
    expect(status).toBe(400);
    expect(JSON.stringify(body)).toMatch(/format/);
    expect((await rows(boardId, "?table=relations")).body).toMatchObject({ table: "relations", rows: expect.any(Array) });
  });
});
