import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BASRA_SEED_KEY, readSeedBoard } from "../../seed/read-seed-board";
import { createTestDatabase, TEST_PROVIDERS, type TTestDatabase } from "../../testing/test-databases";
import { createTestMember, type TTestMember } from "../../testing/test-members";
import { importSeedBoard } from "../seed/import-seed-board";
import { applyClaimWorkflowCommand } from "../workflow/apply-claim-workflow-command";
import { getBoardView } from "./get-board-view";

describe.each(TEST_PROVIDERS)("who a public board's readers see, on %s", (provider) => {
  let database: TTestDatabase;
  let boardId: string;
  let checker: TTestMember;
  let viewer: TTestMember;

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    boardId = (await importSeedBoard(database.db, readSeedBoard(BASRA_SEED_KEY))).boardId;
    const { workspaceId } = await database.db.board.update({ where: { id: boardId }, data: { visibility: "public" } });
    checker = await createTestMember(database.db, workspaceId, "checker", "Chen Checker");
    viewer = await createTestMember(database.db, workspaceId, "viewer", "Vic Viewer");
    const claim = await database.db.claim.findFirstOrThrow({ where: { boardId } });
    await applyClaimWorkflowCommand(database.db, checker.actor, boardId, claim.id, { type: "take" });
  });
  afterAll(async () => {
    await database?.drop();
  });

  it("shows a signed-out reader only the people credited on claims, by name, never an email", async () => {
    const board = await getBoardView(database.db, { userId: null, roles: {} }, boardId);
    expect(board.members).toEqual([{ userId: checker.userId, name: "Chen Checker", email: null, role: "checker" }]);
    expect(board.viewer).toEqual({ userId: null, name: null, role: null });
  });

  it("shows members the whole team with emails", async () => {
    const board = await getBoardView(database.db, viewer.actor, boardId);
    expect(board.members.map((member) => member.name).sort()).toEqual(["Chen Checker", "Vic Viewer"]);
    expect(board.members.every((member) => member.email?.endsWith("@example.test"))).toBe(true);
    expect(board.viewer).toMatchObject({ userId: viewer.userId, name: "Vic Viewer", role: "viewer" });
  });
});
