// Property fuzz of every write endpoint (POST, PATCH, PUT and DELETE handlers
// under app/api), on SQLite and PostgreSQL: 300 generated invalid requests per
// endpoint (bad characters, huge, deeply nested and wrong-typed bodies, bodies
// that are not JSON or not UTF-8, and ids that are malformed, unknown or
// another board's or workspace's), as the owner, an editor and signed out.
// Each must be a 4xx (401 signed out), never a 5xx, and afterwards a
// fingerprint of every table must be what it was. Calls the real route
// handlers with a Request, no HTTP; getPrisma and the request's actor are mocked.
import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { TActor } from "../data/actor";
import type { TPrismaClient } from "../db/prisma-client";
import { databaseFingerprint, type TDatabaseFingerprint } from "../testing/database-fingerprint";
import { badId, invalidBody, validBody, withBadBodyId, type TBodySpec, type TJson } from "../testing/invalid-requests";
import { callRoute, ORIGIN, type TMockedRequestState, type TRouteHandler } from "../testing/route-calls";
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

const RUNS_PER_ENDPOINT = 300;
const WRITE_METHODS = ["POST", "PATCH", "PUT", "DELETE"] as const;
type TMethod = (typeof WRITE_METHODS)[number];
type TParams = Record<string, string>;

const API_DIR = join(process.cwd(), "app", "api");
function routeFiles(dir = API_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? routeFiles(join(dir, entry.name)) : entry.name === "route.ts" ? [relative(API_DIR, join(dir, entry.name))] : [],
  );
}
const routeModules = new Map<string, Record<string, unknown>>();
for (const file of routeFiles()) routeModules.set(file, (await import(join(API_DIR, file))) as Record<string, unknown>);
const { getAuth } = await import("../data/auth/get-auth");
const { createComment } = await import("../data/comments/create-comment");
const { createInvitation } = await import("../data/invitations/create-invitation");
const { getBoardExport } = await import("../data/boards/get-board-export");
const { getWorkspaceSettings } = await import("../data/workspaces/get-workspace-settings");

type TFixture = TRouteWorld & {
  comment: string;
  siblingComment: string;
  foreignComment: string;
  foreignInvitation: string;
  invitation: string;
  exported: TJson;
  revision: string;
  claimVersion: number;
  evidenceVersion: number;
};

/** A write endpoint: where it is, a valid target and body to corrupt, and the ids in them that can be made bad. */
type TEndpoint = {
  file: string;
  method: TMethod;
  /** The address, e.g. for logging; handlers read params, not the path. */
  path: (params: TParams) => string;
  /**
   * Params naming records the owner may change. Requests to them carry an invalid body (a DELETE, which
   * has none, never goes there); bad-id requests start from them and make one param bad.
   */
  target?: (f: TFixture) => TParams;
  /** For each param, ids that are bad for it (another board's, another workspace's), besides malformed and unknown ones. */
  badIds?: (f: TFixture) => Record<string, string[]>;
  /** A whole target in the other workspace, which the owner and editor are not members of. */
  foreignTarget?: (f: TFixture) => TParams;
  body?: (f: TFixture) => TJson;
  bodyIds?: (string | number)[][];
  /** Bad ids for body id fields. */
  bodyBadIds?: (f: TFixture) => string[];
  maxBytes?: number;
  strict?: boolean;
  /** Better Auth's endpoints answer in their own format, need no JSON content type and ignore the actor. */
  auth?: boolean;
  /** The import's ?workspaceId=. */
  badQuery?: (f: TFixture) => string[];
};

const board = (p: TParams) => `/api/boards/${p.boardId}`;
const claimPath = (p: TParams) => `${board(p)}/claims/${p.claimId}`;
const workspace = (p: TParams) => `/api/workspaces/${p.workspaceId}`;
const inBoard = (f: TFixture) => ({ boardId: f.board.boardId });
const inClaim = (f: TFixture) => ({ boardId: f.board.boardId, claimId: f.board.claimIds[0]! });
const boardBad = (f: TFixture) => ({ boardId: [f.foreign.boardId] });
const claimBad = (f: TFixture) => ({ boardId: [f.foreign.boardId], claimId: [f.sibling.claimIds[0]!, f.foreign.claimIds[0]!] });
const foreignBoard = (f: TFixture) => ({ boardId: f.foreign.boardId });
const foreignClaim = (f: TFixture) => ({ boardId: f.foreign.boardId, claimId: f.foreign.claimIds[0]! });
const otherClaims = (f: TFixture) => [f.sibling.claimIds[0]!, f.foreign.claimIds[0]!, f.sibling.evidenceIds[0]!];

const ENDPOINTS: TEndpoint[] = [
  { file: "boards/route.ts", method: "POST", path: () => "/api/boards", body: () => ({ title: "Fuzz board", article: { text: "A sentence to check." } }) },
  {
    file: "boards/import/route.ts",
    method: "POST",
    path: () => "/api/boards/import",
    body: (f) => f.exported,
    maxBytes: 20_000_000,
    strict: false,
    badQuery: (f) => [f.otherWorkspaceId],
  },
  {
    file: "boards/[boardId]/claims/route.ts",
    method: "POST",
    path: (p) => `${board(p)}/claims`,
    target: inBoard,
    badIds: boardBad,
    foreignTarget: foreignBoard,
    body: (f) => {
      const claim = (f.exported as { claims: { selector: TJson }[] }).claims[0]!;
      return { statement: "A new claim", selector: claim.selector, kind: "quantity", checkworthiness: 0.5 };
    },
  },
  ...(["PATCH", "DELETE"] as const).map(
    (method): TEndpoint => ({
      file: "boards/[boardId]/claims/[claimId]/route.ts",
      method,
      path: claimPath,
      target: inClaim,
      badIds: claimBad,
      foreignTarget: foreignClaim,
      body: method === "PATCH" ? (f) => ({ statement: "Edited", speaker: "Someone", version: f.claimVersion }) : undefined,
    }),
  ),
  {
    file: "boards/[boardId]/claims/[claimId]/due-date/route.ts",
    method: "PUT",
    path: (p) => `${claimPath(p)}/due-date`,
    target: inClaim,
    badIds: claimBad,
    foreignTarget: foreignClaim,
    body: (f) => ({ dueOn: "2031-01-01", version: f.claimVersion }),
  },
  {
    file: "boards/[boardId]/claims/[claimId]/workflow/route.ts",
    method: "POST",
    path: (p) => `${claimPath(p)}/workflow`,
    target: inClaim,
    badIds: claimBad,
    foreignTarget: foreignClaim,
    body: (f) => ({ type: "assign", assigneeId: f.editor.userId, version: f.claimVersion }),
    bodyIds: [["assigneeId"]],
    bodyBadIds: (f) => [f.foreignMember.userId],
  },
  {
    file: "boards/[boardId]/claims/[claimId]/comments/route.ts",
    method: "POST",
    path: (p) => `${claimPath(p)}/comments`,
    target: inClaim,
    badIds: claimBad,
    foreignTarget: foreignClaim,
    body: (f) => ({ body: "A reply", parentId: f.comment }),
    bodyIds: [["parentId"]],
    bodyBadIds: (f) => [f.siblingComment, f.foreignComment],
  },
  ...(["PATCH", "DELETE"] as const).map(
    (method): TEndpoint => ({
      file: "boards/[boardId]/claims/[claimId]/comments/[commentId]/route.ts",
      method,
      path: (p) => `${claimPath(p)}/comments/${p.commentId}`,
      target: (f) => ({ ...inClaim(f), commentId: f.comment }),
      badIds: (f) => ({ ...claimBad(f), claimId: [f.board.claimIds[1]!, ...claimBad(f).claimId], commentId: [f.siblingComment, f.foreignComment] }),
      foreignTarget: (f) => ({ ...foreignClaim(f), commentId: f.foreignComment }),
      body: method === "PATCH" ? () => ({ body: "Edited comment" }) : undefined,
    }),
  ),
  {
    file: "boards/[boardId]/visibility/route.ts",
    method: "PUT",
    path: (p) => `${board(p)}/visibility`,
    target: inBoard,
    badIds: boardBad,
    foreignTarget: foreignBoard,
    body: () => ({ visibility: "private" }),
  },
  {
    file: "boards/[boardId]/workflow/bulk/route.ts",
    method: "POST",
    path: (p) => `${board(p)}/workflow/bulk`,
    target: inBoard,
    badIds: boardBad,
    foreignTarget: foreignBoard,
    body: (f) => ({ claimIds: [f.board.claimIds[0]!, f.board.claimIds[1]!], command: { type: "move", toStage: "researching" } }),
    bodyIds: [["claimIds", 0], ["claimIds", 1]],
    bodyBadIds: otherClaims,
  },
  {
    file: "boards/[boardId]/links/route.ts",
    method: "POST",
    path: (p) => `${board(p)}/links`,
    target: inBoard,
    badIds: boardBad,
    foreignTarget: foreignBoard,
    body: (f) => ({ claimId: f.board.claimIds[0]!, evidenceId: f.board.evidenceIds.at(-1)!, stance: "context", strength: 2, note: "Fuzz" }),
    bodyIds: [["claimId"], ["evidenceId"]],
    bodyBadIds: (f) => [...otherClaims(f), f.foreign.evidenceIds[0]!],
  },
  ...(["PATCH", "DELETE"] as const).map(
    (method): TEndpoint => ({
      file: "boards/[boardId]/links/[linkId]/route.ts",
      method,
      path: (p) => `${board(p)}/links/${p.linkId}`,
      target: (f) => ({ ...inBoard(f), linkId: f.board.linkIds[0]! }),
      badIds: (f) => ({ ...boardBad(f), linkId: [f.sibling.linkIds[0]!, f.foreign.linkIds[0]!, f.board.relationIds[0]!] }),
      foreignTarget: (f) => ({ ...foreignBoard(f), linkId: f.foreign.linkIds[0]! }),
      body: method === "PATCH" ? () => ({ stance: "context", strength: 4, note: "Changed" }) : undefined,
    }),
  ),
  {
    file: "boards/[boardId]/positions/route.ts",
    method: "PUT",
    path: (p) => `${board(p)}/positions`,
    target: inBoard,
    badIds: boardBad,
    foreignTarget: foreignBoard,
    body: (f) => ({ positions: [{ nodeId: f.board.claimIds[0]!, x: 10, y: 20 }], direction: "LR" }),
    bodyIds: [["positions", 0, "nodeId"]],
    bodyBadIds: otherClaims,
  },
  {
    file: "boards/[boardId]/evidence/route.ts",
    method: "POST",
    path: (p) => `${board(p)}/evidence`,
    target: inBoard,
    badIds: boardBad,
    foreignTarget: foreignBoard,
    body: (f) => ({ title: "A source", sourceType: "news_report", url: "https://example.org/a", reliability: 3, link: { claimId: f.board.claimIds[0]!, stance: "supports" } }),
    bodyIds: [["link", "claimId"]],
    bodyBadIds: otherClaims,
  },
  ...(["PATCH", "DELETE"] as const).map(
    (method): TEndpoint => ({
      file: "boards/[boardId]/evidence/[evidenceId]/route.ts",
      method,
      path: (p) => `${board(p)}/evidence/${p.evidenceId}`,
      target: (f) => ({ ...inBoard(f), evidenceId: f.board.evidenceIds[0]! }),
      badIds: (f) => ({ ...boardBad(f), evidenceId: [f.sibling.evidenceIds[0]!, f.foreign.evidenceIds[0]!, f.board.claimIds[0]!] }),
      foreignTarget: (f) => ({ ...foreignBoard(f), evidenceId: f.foreign.evidenceIds[0]! }),
      body: method === "PATCH" ? (f) => ({ title: "Renamed", version: f.evidenceVersion }) : undefined,
    }),
  ),
  {
    file: "boards/[boardId]/relations/route.ts",
    method: "POST",
    path: (p) => `${board(p)}/relations`,
    target: inBoard,
    badIds: boardBad,
    foreignTarget: foreignBoard,
    body: (f) => ({ fromClaimId: f.board.claimIds.at(-1)!, toClaimId: f.board.claimIds.at(-2)!, type: "supports", note: "" }),
    bodyIds: [["fromClaimId"], ["toClaimId"]],
    bodyBadIds: otherClaims,
  },
  ...(["PATCH", "DELETE"] as const).map(
    (method): TEndpoint => ({
      file: "boards/[boardId]/relations/[relationId]/route.ts",
      method,
      path: (p) => `${board(p)}/relations/${p.relationId}`,
      target: (f) => ({ ...inBoard(f), relationId: f.board.relationIds[0]! }),
      badIds: (f) => ({ ...boardBad(f), relationId: [f.sibling.relationIds[0]!, f.foreign.relationIds[0]!, f.board.linkIds[0]!] }),
      foreignTarget: (f) => ({ ...foreignBoard(f), relationId: f.foreign.relationIds[0]! }),
      body: method === "PATCH" ? () => ({ type: "attacks", note: "Changed" }) : undefined,
    }),
  ),
  {
    file: "workspaces/[workspaceId]/verdict-scale/route.ts",
    method: "PUT",
    path: (p) => `${workspace(p)}/verdict-scale`,
    target: (f) => ({ workspaceId: f.workspaceId }),
    badIds: (f) => ({ workspaceId: [f.otherWorkspaceId] }),
    body: (f) => ({ revision: f.revision, overrides: { verified: { label: "Checked", color: "#166534" } } }),
  },
  ...(["PATCH", "DELETE"] as const).map(
    (method): TEndpoint => ({
      file: "workspaces/[workspaceId]/members/[userId]/route.ts",
      method,
      path: (p) => `${workspace(p)}/members/${p.userId}`,
      target: (f) => ({ workspaceId: f.workspaceId, userId: f.editor.userId }),
      badIds: (f) => ({ workspaceId: [f.otherWorkspaceId], userId: [f.foreignMember.userId] }),
      foreignTarget: (f) => ({ workspaceId: f.otherWorkspaceId, userId: f.foreignMember.userId }),
      body: method === "PATCH" ? () => ({ role: "checker" }) : undefined,
    }),
  ),
  {
    file: "workspaces/[workspaceId]/invitations/route.ts",
    method: "POST",
    path: (p) => `${workspace(p)}/invitations`,
    target: (f) => ({ workspaceId: f.workspaceId }),
    badIds: (f) => ({ workspaceId: [f.otherWorkspaceId] }),
    body: () => ({ role: "viewer", note: "For a colleague" }),
  },
  {
    file: "workspaces/[workspaceId]/invitations/[invitationId]/route.ts",
    method: "DELETE",
    path: (p) => `${workspace(p)}/invitations/${p.invitationId}`,
    target: (f) => ({ workspaceId: f.workspaceId, invitationId: f.invitation }),
    badIds: (f) => ({ workspaceId: [f.otherWorkspaceId], invitationId: [f.foreignInvitation] }),
    foreignTarget: (f) => ({ workspaceId: f.otherWorkspaceId, invitationId: f.foreignInvitation }),
  },
  // A well-formed token no invitation has: refused (404) even as sent.
  { file: "invitations/accept/route.ts", method: "POST", path: () => "/api/invitations/accept", body: () => ({ token: "A".repeat(43) }) },
  ...(["sign-up/email", "sign-in/email"] as const).map(
    (action): TEndpoint => ({
      file: "auth/[...all]/route.ts",
      method: "POST",
      path: () => `/api/auth/${action}`,
      body: (): TJson => ({ ...(action === "sign-up/email" ? { name: "Fuzz" } : {}), email: "fuzz@example.test", password: "a long enough password" }),
      maxBytes: 64 * 1024,
      strict: false,
      auth: true,
    }),
  ),
];

const ACTORS = ["owner", "editor", "signed out"] as const;
type TActorName = (typeof ACTORS)[number];
type TInput = { actor: TActorName; params: TParams; query: string; spec: TBodySpec | null; target: string };

/** Encodes an id for the logged address; a lone surrogate can't be URI-encoded. */
const segment = (id: string) => {
  try {
    return encodeURIComponent(id);
  } catch {
    return "%3Fbad%3F";
  }
};

function inputs(endpoint: TEndpoint, f: TFixture): fc.Arbitrary<TInput> {
  const valid = endpoint.body?.(f);
  const badBody = valid === undefined ? null : invalidBody(valid, { maxBytes: endpoint.maxBytes ?? 1_000_000, strict: endpoint.strict ?? true, needsJsonContentType: !endpoint.auth });
  const target = endpoint.target?.(f) ?? {};
  const slots = Object.keys(endpoint.badIds?.(f) ?? {});
  const requests: { arbitrary: fc.Arbitrary<Omit<TInput, "actor">>; weight: number }[] = [];
  const add = (arbitrary: fc.Arbitrary<Omit<TInput, "actor">>, weight = 1) => requests.push({ arbitrary, weight });
  const anyBody = valid === undefined ? fc.constant(null) : fc.oneof(fc.constant(validBody(valid)), badBody!);
  if (badBody) {
    // Where the actor may write, the body is what is wrong.
    // Weighted so every kind of bad body shows up in every run of 300.
    add(badBody.map((spec) => ({ params: target, query: "", spec, target: "valid target" })), 4);
  }
  if (valid !== undefined && endpoint.bodyIds) {
    add(withBadBodyId(valid, endpoint.bodyIds, badId(endpoint.bodyBadIds?.(f) ?? [])).map((spec) => ({ params: target, query: "", spec, target: "valid target" })));
  }
  if (slots.length > 0) {
    const badIds = endpoint.badIds!(f);
    const badParams = fc.constantFrom(...slots).chain((slot) => badId(badIds[slot]!).map((id) => ({ slot, params: { ...target, [slot]: id } })));
    add(fc.tuple(badParams, anyBody).map(([{ slot, params }, spec]) => ({ params, query: "", spec, target: `bad ${slot}` })));
  }
  if (endpoint.foreignTarget) {
    const params = endpoint.foreignTarget(f);
    add(anyBody.map((spec) => ({ params, query: "", spec, target: "another workspace's record" })));
  }
  if (endpoint.badQuery && valid !== undefined) {
    add(badId(endpoint.badQuery(f)).map((id) => ({ params: {}, query: `?workspaceId=${segment(id)}`, spec: validBody(valid), target: "bad workspaceId" })));
  }
  return fc.record({ actor: fc.constantFrom(...ACTORS), request: fc.oneof(...requests) }).map(({ actor, request }) => ({ actor, ...request }));
}

function buildRequest(endpoint: TEndpoint, input: TInput): Request {
  const encoded = Object.fromEntries(Object.entries(input.params).map(([key, value]) => [key, segment(value)]));
  const url = `${ORIGIN}${endpoint.path(encoded)}${input.query}`;
  const headers = { origin: ORIGIN, ...(input.spec?.headers ?? {}) };
  return new Request(url, { method: endpoint.method, headers, body: input.spec?.body(), duplex: "half" } as RequestInit);
}

describe.each(TEST_PROVIDERS)("every write endpoint refuses invalid input on %s", (provider) => {
  let database: TTestDatabase;
  let fixture: TFixture;
  let before: TDatabaseFingerprint;
  const actors = {} as Record<TActorName, { actor: TActor; user: TMockedRequestState<unknown>["user"] }>;

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    const db = database.db;
    state.db = db;
    const world = await createRouteWorld(db);
    const [claimId, siblingClaimId, foreignClaimId] = [world.board.claimIds[0]!, world.sibling.claimIds[0]!, world.foreign.claimIds[0]!];
    const comment = await createComment(db, world.owner.actor, world.board.boardId, claimId, { body: "A thread" });
    const siblingComment = await createComment(db, world.owner.actor, world.sibling.boardId, siblingClaimId, { body: "Elsewhere" });
    const foreignComment = await createComment(db, world.foreignMember.actor, world.foreign.boardId, foreignClaimId, { body: "Theirs" });
    const foreignInvitation = await createInvitation(db, world.foreignMember.actor, world.otherWorkspaceId, { role: "viewer", note: "" });
    const invitation = await createInvitation(db, world.owner.actor, world.workspaceId, { role: "checker", note: "" });
    const claim = await db.claim.findUniqueOrThrow({ where: { id: claimId } });
    const evidence = await db.evidence.findUniqueOrThrow({ where: { id: world.board.evidenceIds[0]! } });
    fixture = {
      ...world,
      comment: comment.id,
      siblingComment: siblingComment.id,
      foreignComment: foreignComment.id,
      foreignInvitation: foreignInvitation.invitation.id,
      invitation: invitation.invitation.id,
      exported: (await getBoardExport(db, world.owner.actor, world.board.boardId)) as unknown as TJson,
      revision: (await getWorkspaceSettings(db, world.owner.actor, world.workspaceId)).verdictScale.revision,
      claimVersion: claim.version,
      evidenceVersion: evidence.version,
    };
    const user = (member: TRouteWorld["owner"]) => ({ id: member.userId, name: member.name, email: `${member.userId}@example.test` });
    actors.owner = { actor: world.owner.actor, user: user(world.owner) };
    actors.editor = { actor: world.editor.actor, user: user(world.editor) };
    actors["signed out"] = { actor: { userId: null, roles: {} }, user: null };
    // Better Auth keeps one instance per process and stores its secret on first use: before the fingerprint.
    (globalThis as { claimgraphAuth?: unknown }).claimgraphAuth = undefined;
    process.env.DATABASE_URL = database.config.provider === "sqlite" ? `file:${database.config.file}` : database.config.url;
    await getAuth();
    before = await databaseFingerprint(db as TPrismaClient);
  });
  afterAll(async () => {
    await database?.drop();
  });

  it("covers every write handler under app/api", () => {
    const exported = [...routeModules].flatMap(([file, module]) => WRITE_METHODS.filter((method) => method in module).map((method) => `${method} ${file}`));
    const fuzzed = new Set(ENDPOINTS.map((endpoint) => `${endpoint.method} ${endpoint.file}`));
    expect(exported.filter((handler) => !fuzzed.has(handler)), "write handlers without a fuzz entry").toEqual([]);
    expect([...fuzzed].filter((handler) => !exported.includes(handler)), "fuzz entries for handlers that do not exist").toEqual([]);
  });

  it.each(ENDPOINTS.map((endpoint) => [`${endpoint.method} ${endpoint.path({ boardId: ":boardId", claimId: ":claimId", commentId: ":commentId", linkId: ":linkId", evidenceId: ":evidenceId", relationId: ":relationId", workspaceId: ":workspaceId", userId: ":userId", invitationId: ":invitationId" })}`, endpoint] as const))(
    "%s",
    async (_name, endpoint) => {
      const handler = routeModules.get(endpoint.file)![endpoint.method] as TRouteHandler;
      const seen = new Map<string, number>();
      let runs = 0;
      await fc.assert(
        fc.asyncProperty(inputs(endpoint, fixture), async (input) => {
          runs++;
          const kind = `${input.target}: ${input.spec?.kind ?? "no body"}`;
          seen.set(kind, (seen.get(kind) ?? 0) + 1);
          Object.assign(state, actors[input.actor]);
          const request = buildRequest(endpoint, input);
          const { status, body } = await callRoute(handler, request, input.params);
          const what = `${input.actor}, ${kind} → ${status} ${JSON.stringify(body).slice(0, 300)}`;
          expect(status >= 400 && status < 500, what).toBe(true);
          if (endpoint.auth) return;
          expect(typeof body?.error, what).toBe("string");
          if (input.actor === "signed out") expect(status, what).toBe(401);
        }),
        { numRuns: RUNS_PER_ENDPOINT, endOnFailure: true },
      );
      expect(runs).toBeGreaterThanOrEqual(RUNS_PER_ENDPOINT);
      const kinds = [...seen.keys()].join("\n");
      // The mix reached every kind of bad input this endpoint can get.
      if (endpoint.body) for (const expected of [/bad text/, /nested too deeply/, /huge/, /wrong type|not an object/, /not JSON|not UTF-8/]) expect(kinds).toMatch(expected);
      if (endpoint.badIds || endpoint.bodyIds) expect(kinds).toMatch(/bad /);
      expect(await databaseFingerprint(database.db as TPrismaClient), "every table as it was").toEqual(before);
    },
  );
});
