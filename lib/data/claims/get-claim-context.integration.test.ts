// A claim's quote in the article's context, for the views without the article's text: the window, read through the
// real route, authorized like every read of a board's claim (a claim of another board, or a board the reader may not
// see, is 404), and never the whole text.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { QUOTE_WINDOW_CHARS, quoteWindow } from "../../anchoring/quote-window";
import { callRoute, jsonRequest, type TMockedRequestState } from "../../testing/route-calls";
import { createRouteWorld, type TRouteWorld } from "../../testing/route-world";
import { createTestDatabase, TEST_PROVIDERS, type TTestDatabase } from "../../testing/test-databases";
import { createTestOutsider, type TTestMember } from "../../testing/test-members";
import type { TActor } from "../actor";
import { LOCAL_OWNER } from "../actor";
import { setBoardVisibility } from "../boards/set-board-visibility";

const state = vi.hoisted(() => ({ db: null, actor: { userId: null, roles: {} }, user: null }) as TMockedRequestState<unknown>);
vi.mock("../../db/prisma-client", async (importOriginal) => ({
  ...(await importOriginal<typeof import("../../db/prisma-client")>()),
  getPrisma: () => state.db,
}));
vi.mock("../../http/request-actor", () => ({
  ANONYMOUS: { userId: null, roles: {} },
  getRequestActor: async () => state.actor,
  getSignedInUser: async () => state.user,
}));

const contextRoute = await import("@/app/api/boards/[boardId]/claims/[claimId]/context/route");

const signedOut: TActor = { userId: null, roles: {} };

describe.each(TEST_PROVIDERS)("a claim's context on %s", (provider) => {
  let database: TTestDatabase;
  let world: TRouteWorld;
  let outsider: TTestMember;
  let boardId: string;
  let articleText: string;

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    state.db = database.db;
    world = await createRouteWorld(database.db);
    outsider = await createTestOutsider(database.db);
    boardId = world.board.boardId;
    articleText = (await database.db.article.findUniqueOrThrow({ where: { boardId } })).text;
  });
  afterAll(async () => {
    await database?.drop();
  });

  const read = (actor: TActor, claimId: string, board = boardId) => {
    state.actor = actor;
    return callRoute(contextRoute.GET, jsonRequest("GET", `/api/boards/${board}/claims/${claimId}/context`), { boardId: board, claimId });
  };

  it("gives every claim the article's own text around its quote, far beyond the selector's prefix and suffix", async () => {
    let longer = 0;
    for (const claimId of world.board.claimIds) {
      const claim = await database.db.claim.findUniqueOrThrow({ where: { id: claimId } });
      const { status, body } = await read(world.editor.actor, claimId);
      expect(status).toBe(200);
      const context = body!.context as { before: string; exact: string; after: string; cutBefore: boolean; cutAfter: boolean };
      expect(context).toEqual(quoteWindow(articleText, { start: claim.positionStart, end: claim.positionEnd, exact: claim.quoteExact }));
      expect(context.exact).toBe(claim.quoteExact);
      // One unbroken stretch of the article, the quote where its selector says.
      expect(articleText.slice(claim.positionStart - context.before.length, claim.positionEnd + context.after.length)).toBe(
        context.before + context.exact + context.after,
      );
      expect(context.before.endsWith(claim.quotePrefix)).toBe(true);
      expect(context.after.startsWith(claim.quoteSuffix)).toBe(true);
      expect(context.before.length).toBeLessThanOrEqual(QUOTE_WINDOW_CHARS);
      expect(context.after.length).toBeLessThanOrEqual(QUOTE_WINDOW_CHARS);
      expect(context.cutBefore).toBe(claim.positionStart - context.before.length > 0);
      if (context.before.length > claim.quotePrefix.length + 100) longer++;
    }
    expect(longer).toBeGreaterThan(world.board.claimIds.length / 2);
  });

  it("sends only the window, never the whole article", async () => {
    const { body } = await read(world.editor.actor, world.board.claimIds[5]!);
    const sent = JSON.stringify(body);
    expect(sent.length).toBeLessThan(2 * QUOTE_WINDOW_CHARS + 1000);
    expect(sent.length).toBeLessThan(articleText.length / 4);
  });

  it("answers a claim of another board, in the same workspace or not, with 404", async () => {
    for (const claimId of [world.sibling.claimIds[0]!, world.foreign.claimIds[0]!]) {
      const { status, body } = await read(world.editor.actor, claimId);
      expect(status).toBe(404);
      expect(body).toMatchObject({ error: "Claim was not found." });
    }
  });

  it("answers a missing or malformed claim id, and a missing board, with 404", async () => {
    for (const claimId of ["nosuchclaim", "bad id", "x".repeat(500), "%00", ""]) {
      expect((await read(world.editor.actor, claimId)).status).toBe(404);
    }
    expect((await read(world.editor.actor, world.board.claimIds[0]!, "nosuchboard")).status).toBe(404);
  });

  it("keeps a private board's context from outsiders exactly as a missing board, and opens a public one to anyone", async () => {
    const claimId = world.board.claimIds[0]!;
    await setBoardVisibility(database.db, LOCAL_OWNER, boardId, "private");
    const missing = await read(outsider.actor, claimId, "nosuchboard");
    for (const actor of [outsider.actor, world.foreignMember.actor, signedOut]) {
      const refused = await read(actor, claimId);
      expect(refused.status).toBe(404);
      expect(refused.body).toEqual(missing.body);
    }
    expect((await read(world.editor.actor, claimId)).status).toBe(200);
    await setBoardVisibility(database.db, LOCAL_OWNER, boardId, "public");
    for (const actor of [outsider.actor, signedOut]) expect((await read(actor, claimId)).status).toBe(200);
  });

  it("says null, not an error, when the quote is no longer in the text", async () => {
    const claimId = world.board.claimIds[1]!;
    const claim = await database.db.claim.findUniqueOrThrow({ where: { id: claimId } });
    await database.db.claim.update({ where: { id: claimId }, data: { quoteExact: "words the article never had" } });
    try {
      expect(await read(world.editor.actor, claimId)).toEqual({ status: 200, body: { context: null } });
    } finally {
      await database.db.claim.update({ where: { id: claimId }, data: { quoteExact: claim.quoteExact } });
    }
  });
});
