// GET /api/search through the real route handler: the answer's shape, and a clear 400 for every query it can't search.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { LOCAL_OWNER } from "../data/actor";
import { setBoardVisibility } from "../data/boards/set-board-visibility";
import { importSeedBoard } from "../data/seed/import-seed-board";
import { BASRA_SEED_KEY, readSeedBoard } from "../seed/read-seed-board";
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

const route = await import("@/app/api/search/route");
const search = (query: string) => callRoute(route.GET as TRouteHandler, jsonRequest("GET", `/api/search${query}`));

describe.each(TEST_PROVIDERS)("GET /api/search on %s", (provider) => {
  let database: TTestDatabase;
  let boardId: string;
  beforeAll(async () => {
    database = await createTestDatabase(provider);
    state.db = database.db;
    boardId = (await importSeedBoard(database.db, readSeedBoard(BASRA_SEED_KEY))).boardId;
    await setBoardVisibility(database.db, LOCAL_OWNER, boardId, "public");
  });
  afterAll(async () => {
    await database?.drop();
  });

  it("answers { results } naming each result's board, kind and id, with number and permalink for claims", async () => {
    const { status, body } = await search(`?q=${encodeURIComponent("1,600 had been hoping")}`);
    expect(status).toBe(200);
    const results = body!.results as Record<string, unknown>[];
    expect(results[0]).toMatchObject({ kind: "claim", id: expect.any(String), board: { id: boardId, title: expect.stringMatching(/Basra/) }, number: expect.any(Number) });
    expect(results[0]!.permalink).toBe(`/boards/${boardId}/claims/${results[0]!.number as number}`);
  });

  it("refuses a missing, over-long, wordless, too-many-words or NUL query with 400 naming q, and reads query syntax as words", async () => {
    for (const query of ["", "?q=", `?q=${"a".repeat(201)}`, `?q=${encodeURIComponent('"*() :')}`, `?q=${Array.from({ length: 13 }, (_, i) => `w${i}`).join("+")}`, "?q=basra%00"]) {
      const { status, body } = await search(query);
      expect(status, query.slice(0, 30)).toBe(400);
      expect(body!.error).toMatch(/^q /);
      expect(body!.issues).toEqual([{ path: "q", message: body!.error }]);
    }
    for (const q of ['basra" OR NEAR(troops*', "troops:* & !basra", "{statement}: basra", "basra)"]) {
      expect((await search(`?q=${encodeURIComponent(q)}`)).status, q).toBe(200);
    }
  });
});
