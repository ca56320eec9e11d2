import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { claimPermalinkPath, ZClaimNumberParam } from "../../board/claim-permalink";
import { BASRA_SEED_KEY, readSeedBoard } from "../../seed/read-seed-board";
import { expectDataError } from "../../testing/expect-data-error";
import { createTestDatabase, TEST_PROVIDERS, type TTestDatabase } from "../../testing/test-databases";
import { createTestMember, createTestOutsider, type TTestMember } from "../../testing/test-members";
import type { TActor } from "../actor";
import { LOCAL_OWNER } from "../actor";
import { setBoardVisibility } from "../boards/set-board-visibility";
import { importSeedBoard } from "../seed/import-seed-board";
import { findClaimIdByNumber } from "./find-claim-id-by-number";

const signedOut: TActor = { userId: null, roles: {} };

describe.each(TEST_PROVIDERS)("a claim's permalink on %s", (provider) => {
  let database: TTestDatabase;
  let boardId: string;
  let viewer: TTestMember;
  let outsider: TTestMember;
  let third: { id: string; number: number };

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    boardId = (await importSeedBoard(database.db, readSeedBoard(BASRA_SEED_KEY))).boardId;
    const { workspaceId } = await database.db.board.findUniqueOrThrow({ where: { id: boardId } });
    viewer = await createTestMember(database.db, workspaceId, "viewer");
    outsider = await createTestOutsider(database.db);
    third = await database.db.claim.findFirstOrThrow({ where: { boardId, number: 3 }, select: { id: true, number: true } });
  });
  afterAll(async () => {
    await database?.drop();
  });

  it("finds the claim by its board and number for a member", async () => {
    expect(await findClaimIdByNumber(database.db, viewer.actor, boardId, 3)).toBe(third.id);
    expect(claimPermalinkPath(boardId, third.number)).toBe(`/boards/${boardId}/claims/3`);
  });

  it("answers a number the board never gave, and a board that does not exist, with not found", async () => {
    await expectDataError(findClaimIdByNumber(database.db, viewer.actor, boardId, 999_999), "not_found");
    await expectDataError(findClaimIdByNumber(database.db, viewer.actor, "nosuchboard", 3), "not_found");
  });

  it("gives outsiders of a private board the same answer as a missing board, and opens a public one to anyone", async () => {
    await setBoardVisibility(database.db, LOCAL_OWNER, boardId, "private");
    const missing = await expectDataError(findClaimIdByNumber(database.db, outsider.actor, "nosuchboard", 3), "not_found");
    for (const actor of [outsider.actor, signedOut]) {
      const refused = await expectDataError(findClaimIdByNumber(database.db, actor, boardId, 3), "not_found");
      expect(refused.message).toBe(missing.message);
    }
    await setBoardVisibility(database.db, LOCAL_OWNER, boardId, "public");
    expect(await findClaimIdByNumber(database.db, signedOut, boardId, 3)).toBe(third.id);
    expect(await findClaimIdByNumber(database.db, outsider.actor, boardId, 3)).toBe(third.id);
  });

  it("reads only plain numbers from an address", () => {
    expect(ZClaimNumberParam.parse("12")).toBe(12);
    for (const bad of ["0", "012", "-1", "1.5", "1e3", "abc", "", "99999999", " 1"]) expect(ZClaimNumberParam.safeParse(bad).success).toBe(false);
  });
});
