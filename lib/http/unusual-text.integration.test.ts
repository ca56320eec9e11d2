// Issue 7, hole 3: a lone UTF-16 surrogate in any text field gave 500 on both
// databases, and NUL gave 500 on PostgreSQL while SQLite stored it. Through
// the real route handlers, both are now 400 naming the field, on both
// databases, and nothing is written.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { TPrismaClient } from "../db/prisma-client";
import { databaseFingerprint } from "../testing/database-fingerprint";
import { callRoute, jsonRequest, type TMockedRequestState, type TRouteHandler } from "../testing/route-calls";
import { createRouteWorld, type TRouteWorld } from "../testing/route-world";
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

const boards = await import("@/app/api/boards/route");
const claim = await import("@/app/api/boards/[boardId]/claims/[claimId]/route");
const comments = await import("@/app/api/boards/[boardId]/claims/[claimId]/comments/route");
const activity = await import("@/app/api/boards/[boardId]/activity/route");
const auth = await import("@/app/api/auth/[...all]/route");
const { getAuth } = await import("../data/auth/get-auth");

const BAD_TEXT = [
  ["a lone surrogate", "a\ud800b", /lone UTF-16 surrogate \(U\+D800\)/],
  ["a lone low surrogate", "\udfffz", /lone UTF-16 surrogate \(U\+DFFF\)/],
  ["NUL", "a\u0000b", /NUL character \(U\+0000\)/],
] as const;

describe.each(TEST_PROVIDERS)("unusual text through the routes on %s", (provider) => {
  let database: TTestDatabase;
  let world: TRouteWorld;

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    state.db = database.db;
    world = await createRouteWorld(database.db);
    state.actor = world.editor.actor;
    state.user = { id: world.editor.userId, name: world.editor.name, email: `${world.editor.userId}@example.test` };
    // Better Auth keeps one instance per process and stores its secret on first use.
    (globalThis as { claimgraphAuth?: unknown }).claimgraphAuth = undefined;
    process.env.DATABASE_URL = database.config.provider === "sqlite" ? `file:${database.config.file}` : database.config.url;
    await getAuth();
  });
  afterAll(async () => {
    await database?.drop();
  });

  const fingerprint = () => databaseFingerprint(database.db as TPrismaClient);

  it.each(BAD_TEXT)("refuses %s in a comment, a claim edit and a new board with 400 naming the field", async (_name, text, problem) => {
    const before = await fingerprint();
    const { boardId, claimIds } = world.board;
    const claimId = claimIds[0]!;
    const calls: [TRouteHandler, Request, Record<string, string>, string][] = [
      [comments.POST, jsonRequest("POST", `/api/boards/${boardId}/claims/${claimId}/comments`, { body: text }), { boardId, claimId }, "body"],
      [claim.PATCH, jsonRequest("PATCH", `/api/boards/${boardId}/claims/${claimId}`, { statement: text }), { boardId, claimId }, "statement"],
      [claim.PATCH, jsonRequest("PATCH", `/api/boards/${boardId}/claims/${claimId}`, { speaker: `Ms ${text}` }), { boardId, claimId }, "speaker"],
      [boards.POST, jsonRequest("POST", "/api/boards", { title: "Fine", article: { text: `Some ${text} article.` } }), {}, "article.text"],
      [boards.POST, jsonRequest("POST", "/api/boards", { title: "Fine", article: { text: "Fine.", [`by${text}`]: "x" } }), {}, "a field name in article"],
    ];
    for (const [handler, request, params, field] of calls) {
      const { status, body } = await callRoute(handler, request, params);
      expect(status, `${request.method} ${request.url}`).toBe(400);
      expect(body?.error).toMatch(new RegExp(`^${field} `));
      expect(body?.error).toMatch(problem);
    }
    expect(await fingerprint()).toEqual(before);
  });

  it("refuses NUL in a query string with 400 naming the parameter", async () => {
    const { boardId } = world.board;
    const { status, body } = await callRoute(activity.GET, jsonRequest("GET", `/api/boards/${boardId}/activity?claimId=a%00b`), { boardId });
    expect(status).toBe(400);
    expect(body?.error).toMatch(/^claimId contains a NUL character/);
  });

  it("stores the same text on both databases when it is well formed: astral characters, combining marks, U+FFFD", async () => {
    const { boardId, claimIds } = world.board;
    const claimId = claimIds[1]!;
    const text = "Emoji 👍🏽, 𝔘𝔫𝔦𝔠𝔬𝔡𝔢, e\u0301, \uFFFD and a tab\tstay as written";
    const { status, body } = await callRoute(comments.POST, jsonRequest("POST", `/api/boards/${boardId}/claims/${claimId}/comments`, { body: text }), {
      boardId,
      claimId,
    });
    expect(status).toBe(201);
    expect(body?.body).toBe(text);
  });

  it.each(BAD_TEXT)("refuses %s in a sign-up name or email before Better Auth sees it", async (_name, text, problem) => {
    const before = await fingerprint();
    for (const [field, data] of [
      ["name", { name: `Ann ${text}`, email: "ann@example.test", password: "a long enough password" }],
      ["email", { name: "Ann", email: `ann${text}@example.test`, password: "a long enough password" }],
    ] as const) {
      const { status, body } = await callRoute(auth.POST, jsonRequest("POST", "/api/auth/sign-up/email", data));
      expect(status).toBe(400);
      expect(body?.message).toMatch(new RegExp(`^${field} `));
      expect(body?.message).toMatch(problem);
    }
    expect(await fingerprint()).toEqual(before);
  });
});
