import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZBulkWorkflowInput, type TBulkWorkflowInput } from "../../schemas/claim";
import { BASRA_SEED_KEY, readSeedBoard } from "../../seed/read-seed-board";
import { createTestDatabase, TEST_PROVIDERS, type TTestDatabase } from "../../testing/test-databases";
import { createTestMember, createTestOutsider, type TTestMember } from "../../testing/test-members";
import { DataError } from "../errors";
import { importSeedBoard } from "../seed/import-seed-board";
import { applyBulkWorkflowCommand } from "./apply-bulk-workflow-command";
import { applyClaimWorkflowCommand } from "./apply-claim-workflow-command";
import { expectDataError } from "../../testing/expect-data-error";

const plan = readSeedBoard(BASRA_SEED_KEY);

describe.each(TEST_PROVIDERS)("bulk workflow on %s", (provider) => {
  let database: TTestDatabase;
  let boardId: string;
  let checker: TTestMember;
  let editor: TTestMember;
  let otherEditor: TTestMember;
  let outsider: TTestMember;
  /** Unused claims, handed out a few per test. */
  let freshWithEvidence: { id: string; statement: string }[];
  let freshWithoutEvidence: { id: string; statement: string }[];

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    boardId = (await importSeedBoard(database.db, plan)).boardId;
    const { workspaceId } = await database.db.board.findUniqueOrThrow({ where: { id: boardId } });
    checker = await createTestMember(database.db, workspaceId, "checker", "Ann Checker");
    editor = await createTestMember(database.db, workspaceId, "editor", "Bo Editor");
    otherEditor = await createTestMember(database.db, workspaceId, "editor", "Di Editor");
    outsider = await createTestOutsider(database.db);
    const claims = await database.db.claim.findMany({
      where: { boardId },
      select: { id: true, statement: true, _count: { select: { links: true } } },
      orderBy: { positionStart: "asc" },
    });
    freshWithEvidence = claims.filter((c) => c._count.links > 0);
    freshWithoutEvidence = claims.filter((c) => c._count.links === 0);
  });
  afterAll(async () => {
    await database?.drop();
  });

  const bulk = (member: TTestMember, input: TBulkWorkflowInput) => applyBulkWorkflowCommand(database.db, member.actor, boardId, input);
  const one = (member: TTestMember, claimId: string, input: Parameters<typeof applyClaimWorkflowCommand>[4]) =>
    applyClaimWorkflowCommand(database.db, member.actor, boardId, claimId, input);
  const take = (list: { id: string; statement: string }[], n: number) => list.splice(0, n);
  const snapshot = async (claimIds: string[]) => ({
    claims: await database.db.claim.findMany({ where: { id: { in: claimIds } }, orderBy: { id: "asc" } }),
    activity: await database.db.activityEntry.count(),
  });
  async function expectRefusedUnchanged(claimIds: string[], attempt: () => Promise<unknown>, code: DataError["code"]) {
    const before = await snapshot(claimIds);
    const error = await expectDataError(attempt(), code);
    expect(await snapshot(claimIds)).toEqual(before);
    return error;
  }

  it("assigns many claims at once, each logged as assigned", async () => {
    const claimIds = take(freshWithoutEvidence, 3).map((c) => c.id);
    const { claims } = await bulk(editor, { claimIds, command: { type: "assign", assigneeId: checker.userId } });
    expect(claims.map((c) => [c.id, c.stage, c.assigneeId])).toEqual(claimIds.map((id) => [id, "researching", checker.userId]));
    const entries = await database.db.activityEntry.findMany({ where: { claimId: { in: claimIds }, action: "assigned" } });
    expect(entries.map((e) => e.claimId).sort()).toEqual([...claimIds].sort());
    expect(entries.every((e) => e.actorId === editor.userId)).toBe(true);
  });

  it("moves claims between stages: take, unassign, and approve with the reviewer rule per claim", async () => {
    const ids = take(freshWithEvidence, 2).map((c) => c.id);
    expect((await bulk(editor, { claimIds: ids, command: { type: "move", toStage: "researching" } })).claims.every((c) => c.assigneeId === editor.userId)).toBe(true);
    expect((await bulk(editor, { claimIds: ids, command: { type: "move", toStage: "unassigned" } })).claims.map((c) => c.stage)).toEqual(["unassigned", "unassigned"]);
    for (const id of ids) {
      await one(checker, id, { type: "take" });
      await one(checker, id, { type: "propose", verdict: "misleading", rationale: "Half the picture." });
    }
    const { claims } = await bulk(editor, { claimIds: ids, command: { type: "move", toStage: "published" } });
    expect(claims.map((c) => [c.stage, c.verdict, c.approvedById])).toEqual(ids.map(() => ["published", "misleading", editor.userId]));
  });

  it("is all or nothing: one refused claim leaves every claim unchanged, and the message names it with its reason", async () => {
    const [a, b, c] = take(freshWithEvidence, 3);
    await one(editor, c!.id, { type: "take" });
    await one(editor, c!.id, { type: "propose", verdict: "false", rationale: "Wrong." });
    // a and b were proposed by the checker, c by the editor who now tries to publish all three.
    for (const claim of [a!, b!]) {
      await one(checker, claim.id, { type: "take" });
      await one(checker, claim.id, { type: "propose", verdict: "false", rationale: "Wrong." });
    }
    const claimIds = [a!.id, b!.id, c!.id];
    const error = await expectRefusedUnchanged(claimIds, () => bulk(editor, { claimIds, command: { type: "move", toStage: "published" } }), "forbidden");
    expect(error.message).toMatch(/^Nothing was changed: 1 of the 3 claims can't be moved to Published\./);
    expect(error.message).toContain(`“${c!.statement.slice(0, 40)}`);
    expect(error.message).toContain("You proposed this verdict, so another editor must approve it.");
    expect(error.details?.refused).toEqual([
      { claimId: c!.id, statement: c!.statement, code: "forbidden", reason: "You proposed this verdict, so another editor must approve it." },
    ]);
    // Another editor may publish all three.
    expect((await bulk(otherEditor, { claimIds, command: { type: "move", toStage: "published" } })).claims).toHaveLength(3);
  });

  it("lists every refused claim, grouped by reason, for a move the rules don't allow", async () => {
    const [fresh1, fresh2] = take(freshWithoutEvidence, 2);
    const researching = take(freshWithoutEvidence, 1)[0]!;
    await one(editor, researching.id, { type: "assign", assigneeId: checker.userId });
    const claimIds = [fresh1!.id, researching.id, fresh2!.id];
    const error = await expectRefusedUnchanged(claimIds, () => bulk(editor, { claimIds, command: { type: "move", toStage: "unassigned" } }), "conflict");
    expect(error.message).toMatch(/^Nothing was changed: 2 of the 3 claims can't be moved to Unassigned\./);
    expect((error.details?.refused as { claimId: string }[]).map((r) => r.claimId)).toEqual([fresh1!.id, fresh2!.id]);
    expect(error.message).toContain("The claim is already in Unassigned.");
  });

  it("refuses moves that need words for each claim, like sending to review or returning", async () => {
    const claimIds = take(freshWithoutEvidence, 2).map((c) => c.id);
    await bulk(editor, { claimIds, command: { type: "assign", assigneeId: checker.userId } });
    const error = await expectRefusedUnchanged(claimIds, () => bulk(editor, { claimIds, command: { type: "move", toStage: "ready_for_review" } }), "invalid");
    expect(error.message).toMatch(/^Nothing was changed: none of the 2 claims can be moved to Ready for review\./);
    expect(error.message).toContain("Sending to review needs a verdict and a rationale for each claim");
    // One claim is "the claim", never "none of the 1 claims".
    const one = [claimIds[0]!];
    const single = await expectRefusedUnchanged(one, () => bulk(editor, { claimIds: one, command: { type: "move", toStage: "ready_for_review" } }), "invalid");
    expect(single.message).toMatch(/^Nothing was changed: the claim can't be moved to Ready for review\./);
  });

  it("refuses checkers, unknown claims, non-member assignees, duplicates and oversized lists, changing nothing", async () => {
    const claimIds = take(freshWithoutEvidence, 2).map((c) => c.id);
    await expectRefusedUnchanged(claimIds, () => bulk(checker, { claimIds, command: { type: "assign", assigneeId: checker.userId } }), "forbidden");
    const missing = await expectRefusedUnchanged(claimIds, () => bulk(editor, { claimIds: [...claimIds, "no-such-claim"], command: { type: "move", toStage: "researching" } }), "not_found");
    expect(missing.details?.missing).toEqual(["no-such-claim"]);
    const notMember = await expectRefusedUnchanged(claimIds, () => bulk(editor, { claimIds, command: { type: "assign", assigneeId: outsider.userId } }), "invalid");
    expect(notMember.message).toMatch(/not a member/);
    await expectRefusedUnchanged(claimIds, () => bulk(editor, { claimIds: [claimIds[0]!, claimIds[0]!], command: { type: "move", toStage: "researching" } }), "invalid");
    const tooMany = Array.from({ length: 501 }, (_, n) => `claim-${n}`);
    await expectRefusedUnchanged(claimIds, () => bulk(editor, { claimIds: tooMany, command: { type: "move", toStage: "researching" } }), "invalid");
  });

  it("refuses the whole batch with 409 when any claim changed since the editor saw it, naming it, with its current record", async () => {
    const [a, b, c] = take(freshWithoutEvidence, 3);
    const claimIds = [a!.id, b!.id, c!.id];
    const seen = Object.fromEntries((await database.db.claim.findMany({ where: { id: { in: claimIds } } })).map((row) => [row.id, row.version]));
    // A teammate takes b after the editor loaded the board; taking it again would silently reassign it.
    const taken = (await one(checker, b!.id, { type: "take" })).claim;
    const error = await expectRefusedUnchanged(
      claimIds,
      () => bulk(editor, { claimIds, command: { type: "assign", assigneeId: otherEditor.userId }, versions: seen }),
      "conflict",
    );
    expect(error.status).toBe(409);
    expect(error.message).toMatch(/^Nothing was changed: someone else changed 1 of the 3 chosen claims since you loaded them/);
    expect(error.message).toContain(`“${b!.statement.slice(0, 40)}`);
    expect(error.message).not.toContain(`“${a!.statement.slice(0, 40)}`);
    expect(error.details?.current).toEqual([expect.objectContaining({ id: b!.id, version: taken.version, stage: "researching", assigneeId: checker.userId })]);
    // With the versions as they are now, the same batch goes through; without versions, nothing is compared.
    const { claims } = await bulk(editor, { claimIds, command: { type: "assign", assigneeId: otherEditor.userId }, versions: { ...seen, [b!.id]: taken.version } });
    expect(claims.map((claim) => claim.assigneeId)).toEqual([otherEditor.userId, otherEditor.userId, otherEditor.userId]);
    expect((await bulk(editor, { claimIds: [a!.id], command: { type: "move", toStage: "unassigned" } })).claims[0]!.stage).toBe("unassigned");
  });

  it("checks the request body: at most 500 distinct ids and a known command", () => {
    const message = (body: unknown) => ZBulkWorkflowInput.safeParse(body).error?.issues[0]?.message;
    expect(message({ claimIds: ["a", "a"], command: { type: "move", toStage: "published" } })).toBe("claimIds lists a claim more than once");
    expect(message({ claimIds: Array.from({ length: 501 }, (_, n) => `c${n}`), command: { type: "move", toStage: "published" } })).toMatch(/at most 500/);
    expect(message({ claimIds: [], command: { type: "move", toStage: "published" } })).toMatch(/at least one claim/);
    expect(message({ claimIds: ["a"], command: { type: "propose" } })).toMatch(/command type must be one of: assign, move/);
    expect(message({ claimIds: ["a"], command: { type: "move", toStage: "done" } })).toMatch(/stage must be one of/);
    expect(ZBulkWorkflowInput.parse({ claimIds: ["a"], command: { type: "assign", assigneeId: "u1" } })).toEqual({ claimIds: ["a"], command: { type: "assign", assigneeId: "u1" } });
    const move = { type: "move", toStage: "published" };
    expect(ZBulkWorkflowInput.parse({ claimIds: ["a", "b"], command: move, versions: { a: 3 } })).toEqual({ claimIds: ["a", "b"], command: move, versions: { a: 3 } });
    expect(message({ claimIds: ["a"], command: move, versions: { a: 0 } })).toBe("each version must be 1 or more");
    expect(message({ claimIds: ["a"], command: move, versions: { a: "3" } })).toBe("each version must be a number");
    expect(message({ claimIds: ["a"], command: move, versions: [3] })).toBe("versions must map claim ids to version numbers");
    expect(message({ claimIds: ["a"], command: move, versions: { a: 1, z: 2 } })).toBe("versions names claims not in claimIds: z");
  });

  it("assigns every claim left on the board in one go", async () => {
    const claimIds = [...freshWithoutEvidence.splice(0), ...freshWithEvidence.splice(0)].map((c) => c.id);
    expect(claimIds.length).toBeGreaterThan(30);
    const { claims } = await bulk(editor, { claimIds, command: { type: "assign", assigneeId: checker.userId } });
    expect(claims).toHaveLength(claimIds.length);
  });
});
