// Issue 8 §1: a claim's base score τ is edited through the claim PATCH (claim.edit, version-checked, 0..1), logged,
// exported in claimgraph.board.v2 with the computed strength, and imported again (0.5 when a file has none).
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { TPrismaClient } from "../../db/prisma-client";
import { BOARD_EXPORT_FORMAT, BOARD_EXPORT_FORMAT_V1, ZBoardExportV2 } from "../../export/board-export";
import { databaseFingerprint } from "../../testing/database-fingerprint";
import { callRoute, jsonRequest, type TMockedRequestState } from "../../testing/route-calls";
import { createRouteWorld, type TRouteWorld } from "../../testing/route-world";
import { createTestDatabase, TEST_PROVIDERS, type TTestDatabase } from "../../testing/test-databases";
import { createTestMember, type TTestMember } from "../../testing/test-members";
import { listActivity } from "../activity/list-activity";
import { importBoard } from "../boards/import-board";

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

const claimRoute = await import("@/app/api/boards/[boardId]/claims/[claimId]/route");
const exportRoute = await import("@/app/api/boards/[boardId]/export/route");

describe.each(TEST_PROVIDERS)("a claim's base score on %s", (provider) => {
  let database: TTestDatabase;
  let world: TRouteWorld;
  let checker: TTestMember;
  let viewer: TTestMember;
  let boardId: string;
  let claimId: string;

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    state.db = database.db;
    world = await createRouteWorld(database.db);
    checker = await createTestMember(database.db, world.workspaceId, "checker", "Cara Checker");
    viewer = await createTestMember(database.db, world.workspaceId, "viewer", "Vic Viewer");
    boardId = world.board.boardId;
    claimId = world.board.claimIds[0]!;
  });
  afterAll(async () => {
    await database?.drop();
  });

  const patch = (member: TTestMember, body: unknown) => {
    state.actor = member.actor;
    return callRoute(claimRoute.PATCH, jsonRequest("PATCH", `/api/boards/${boardId}/claims/${claimId}`, body), { boardId, claimId });
  };
  const stored = () => database.db.claim.findUniqueOrThrow({ where: { id: claimId } });
  const fingerprint = () => databaseFingerprint(database.db as TPrismaClient);

  it("starts every claim at 0.5, and a checker's edit saves it, bumps the version and is logged", async () => {
    const before = await stored();
    expect(before.baseScore).toBe(0.5);
    const { status, body } = await patch(checker, { version: before.version, baseScore: 0.8 });
    expect(status).toBe(200);
    expect(body).toMatchObject({ id: claimId, baseScore: 0.8, version: before.version + 1 });
    expect(await stored()).toMatchObject({ baseScore: 0.8, version: before.version + 1 });
    const [entry] = await listActivity(database.db, checker.actor, boardId, { claimId });
    expect(entry).toMatchObject({ action: "updated", actorId: checker.userId });
    expect(entry!.before).toMatchObject({ baseScore: 0.5 });
    expect(entry!.after).toMatchObject({ baseScore: 0.8 });
  });

  it("accepts the ends of the range, 0 and 1", async () => {
    for (const baseScore of [0, 1]) {
      const { version } = await stored();
      expect((await patch(checker, { version, baseScore })).status).toBe(200);
      expect((await stored()).baseScore).toBe(baseScore);
    }
    const { version } = await stored();
    expect((await patch(checker, { version, baseScore: 0.8 })).status).toBe(200);
  });

  it.each([
    ["above 1", 1.5],
    ["below 0", -0.1],
    ["a string", "0.7"],
    ["null", null],
    ["a boolean", true],
    ["a list", [0.5]],
  ])("refuses a base score that is %s with 400 naming the field, and changes nothing", async (_name, baseScore) => {
    const before = await fingerprint();
    const { version } = await stored();
    const { status, body } = await patch(checker, { version, baseScore });
    expect(status).toBe(400);
    expect(body?.error).toMatch(/^The base score must be .*from 0 to 1\./);
    expect(body?.issues).toEqual([expect.objectContaining({ path: "baseScore" })]);
    expect(await fingerprint()).toEqual(before);
  });

  it("refuses a stale version with 409 and the current claim, and a viewer with 403; nothing changes", async () => {
    const before = await fingerprint();
    const current = await stored();
    const stale = await patch(checker, { version: current.version - 1, baseScore: 0.1 });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ current: { id: claimId, baseScore: 0.8, version: current.version } });
    expect((await patch(viewer, { version: current.version, baseScore: 0.1 })).status).toBe(403);
    expect(await fingerprint()).toEqual(before);
  });

  it("exports v2 with base scores, strengths and strengthSettled, and imports them back; a v1 file gets 0.5", async () => {
    state.actor = world.editor.actor;
    const response = await callRoute(exportRoute.GET, jsonRequest("GET", `/api/boards/${boardId}/export`), { boardId });
    expect(response.status).toBe(200);
    const exported = ZBoardExportV2.parse(response.body);
    expect(exported.format).toBe(BOARD_EXPORT_FORMAT);
    expect(exported.strengthSettled).toBe(true);
    const edited = exported.claims.find((claim) => claim.id === claimId)!;
    expect(edited.baseScore).toBe(0.8);
    for (const claim of exported.claims) {
      expect(claim.strength).toBeGreaterThanOrEqual(0);
      expect(claim.strength).toBeLessThanOrEqual(1);
    }

    const copy = await importBoard(database.db, world.editor.actor, exported, { workspaceId: world.workspaceId });
    const copied = await database.db.claim.findMany({ where: { boardId: copy.id }, orderBy: { positionStart: "asc" } });
    expect(copied.map((claim) => claim.baseScore)).toEqual(exported.claims.map((claim) => claim.baseScore));
    expect(copied.find((claim) => claim.statement === edited.statement)?.baseScore).toBe(0.8);

    const v1 = {
      ...exported,
      format: BOARD_EXPORT_FORMAT_V1,
      claims: exported.claims.map((claim) => {
        const copy: Record<string, unknown> = { ...claim };
        delete copy.baseScore;
        delete copy.strength;
        return copy;
      }),
    };
    const old = await importBoard(database.db, world.editor.actor, v1, { workspaceId: world.workspaceId });
    const oldClaims = await database.db.claim.findMany({ where: { boardId: old.id } });
    expect(oldClaims.length).toBe(exported.claims.length);
    expect(new Set(oldClaims.map((claim) => claim.baseScore))).toEqual(new Set([0.5]));
  });
});
