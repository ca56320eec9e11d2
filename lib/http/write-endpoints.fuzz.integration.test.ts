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
import { ENDPOINTS, WRITE_METHODS, type TEndpoint, type TFixture, type TParams } from "../testing/write-endpoint-specs";

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
const { createUndercut } = await import("../data/undercuts/create-undercut");
const { createPremiseGroup } = await import("../data/premise-groups/create-premise-group");

/** An undercut (from the first claim, on a link of another claim) and a premise group (claims 2 and 3 on claim 4) on a board. */
async function argumentsOn(db: TPrismaClient, actor: TActor, ids: TRouteWorld["board"]) {
  const fromClaimId = ids.claimIds[0]!;
  const link = await db.evidenceLink.findFirstOrThrow({ where: { boardId: ids.boardId, claimId: { not: fromClaimId } }, orderBy: { id: "asc" } });
  const undercut = await createUndercut(db, actor, ids.boardId, { fromClaimId, target: { type: "link", id: link.id }, note: "" });
  const group = await createPremiseGroup(db, actor, ids.boardId, {
    premiseClaimIds: [ids.claimIds[1]!, ids.claimIds[2]!],
    toClaimId: ids.claimIds[3]!,
    type: "supports",
    note: "",
  });
  return { undercut: undercut.id, group: group.id };
}

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
    // One arbitrary per slot, made once: made inside a chain, fc.stringMatching was rebuilt for every input,
    // and that was two thirds of this file's time.
    const badParams = fc.oneof(...slots.map((slot) => badId(badIds[slot]!).map((id) => ({ slot, params: { ...target, [slot]: id } }))));
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
    const [mine, sibling, foreign] = [
      await argumentsOn(db, world.owner.actor, world.board),
      await argumentsOn(db, world.owner.actor, world.sibling),
      await argumentsOn(db, world.foreignMember.actor, world.foreign),
    ];
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
      boardTitle: (await db.board.findUniqueOrThrow({ where: { id: world.board.boardId } })).title,
      boardVersion: (await db.board.findUniqueOrThrow({ where: { id: world.board.boardId } })).version,
      claimVersion: claim.version,
      evidenceVersion: evidence.version,
      undercuts: { board: mine.undercut, sibling: sibling.undercut, foreign: foreign.undercut },
      premiseGroups: { board: mine.group, sibling: sibling.group, foreign: foreign.group },
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

  it.each(ENDPOINTS.map((endpoint) => [`${endpoint.method} ${endpoint.path({ boardId: ":boardId", claimId: ":claimId", commentId: ":commentId", linkId: ":linkId", evidenceId: ":evidenceId", relationId: ":relationId", undercutId: ":undercutId", groupId: ":groupId", workspaceId: ":workspaceId", userId: ":userId", invitationId: ":invitationId" })}`, endpoint] as const))(
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
          if (input.actor === "signed out" && !endpoint.signedOutAllowed) expect(status, what).toBe(401);
        }),
        { numRuns: RUNS_PER_ENDPOINT, endOnFailure: true },
      );
      expect(runs).toBeGreaterThanOrEqual(RUNS_PER_ENDPOINT);
      const kinds = [...seen.keys()].join("\n");
      // The mix reached every kind of bad input this endpoint can get.
      if (endpoint.body) for (const expected of [/bad text/, /nested too deeply/, /huge/, /wrong type|not an object/, /not JSON|not UTF-8/]) expect(kinds).toMatch(expected);
      if (endpoint.badIds || endpoint.bodyIds) expect(kinds).toMatch(/bad /);
      const after = await databaseFingerprint(database.db as TPrismaClient);
      if (endpoint.auth) {
        // The sign-in limits count every attempt, refused ones too: that is their job. Nothing else may change.
        const counters = { RateLimit: after.RateLimit!, SignInThrottle: after.SignInThrottle! };
        expect(after, "every table as it was, but the attempt counters").toEqual({ ...before, ...counters });
        before = { ...before, ...counters };
      } else {
        expect(after, "every table as it was").toEqual(before);
      }
    },
  );
});
