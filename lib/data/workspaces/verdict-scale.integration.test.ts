import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { TRole } from "../../permissions/roles";
import { BASRA_SEED_KEY, readSeedBoard } from "../../seed/read-seed-board";
import { createTestDatabase, TEST_PROVIDERS, type TTestDatabase } from "../../testing/test-databases";
import { createTestMember, createTestOutsider, type TTestMember } from "../../testing/test-members";
import { VERDICT_SCALE } from "../../verdicts/verdict-scale";
import type { TVerdictScaleUpdateInput } from "../../verdicts/verdict-scale-overrides";
import { getBoardView } from "../boards/get-board-view";
import { DataError } from "../errors";
import { importSeedBoard } from "../seed/import-seed-board";
import { getWorkspaceSettings } from "./get-workspace-settings";
import { updateWorkspaceVerdictScale } from "./update-workspace-verdict-scale";
import { expectDataError } from "../../testing/expect-data-error";

describe.each(TEST_PROVIDERS)("the workspace verdict scale on %s", (provider) => {
  let database: TTestDatabase;
  let workspaceId: string;
  let boardId: string;
  const members = {} as Record<TRole, TTestMember>;
  let outsider: TTestMember;

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    boardId = (await importSeedBoard(database.db, readSeedBoard(BASRA_SEED_KEY))).boardId;
    workspaceId = (await database.db.board.findUniqueOrThrow({ where: { id: boardId } })).workspaceId;
    for (const role of ["owner", "editor", "checker", "viewer"] as const) {
      members[role] = await createTestMember(database.db, workspaceId, role);
    }
    outsider = await createTestOutsider(database.db);
  });
  afterAll(async () => {
    await database?.drop();
  });
  beforeEach(async () => {
    await database.db.workspace.update({ where: { id: workspaceId }, data: { verdictScale: null } });
  });

  const stored = async () =>
    (await database.db.workspace.findUniqueOrThrow({ where: { id: workspaceId }, select: { verdictScale: true } })).verdictScale;
  const scaleEntries = () => database.db.activityEntry.findMany({ where: { workspaceId, entityType: "workspace" }, orderBy: { createdAt: "asc" } });
  const save = (member: TTestMember, input: TVerdictScaleUpdateInput) =>
    updateWorkspaceVerdictScale(database.db, member.actor, workspaceId, input);

  it("starts on the default scale, readable by every member", async () => {
    for (const role of ["owner", "editor", "checker", "viewer"] as const) {
      const settings = await getWorkspaceSettings(database.db, members[role].actor, workspaceId);
      expect(settings).toMatchObject({ id: workspaceId, viewerRole: role, canEditVerdictScale: role === "owner" });
      expect(settings.verdictScale).toEqual({ overrides: null, scale: VERDICT_SCALE, revision: "default" });
    }
  });

  it("hides the workspace from people outside it", async () => {
    await expectDataError(getWorkspaceSettings(database.db, outsider.actor, workspaceId), "not_found");
    await expectDataError(getWorkspaceSettings(database.db, { userId: null, roles: {} }, workspaceId), "not_found");
    await expectDataError(getWorkspaceSettings(database.db, members.owner.actor, "no-such-workspace"), "not_found");
  });

  it("lets the owner save a scale that boards then show, and logs it", async () => {
    const saved = await save(members.owner, {
      revision: "default",
      overrides: { false: { label: "Pants on fire", color: "#7F1D1D" }, opinion: { ratingValue: 3 } },
    });
    expect(saved.overrides).toEqual({ false: { label: "Pants on fire", color: "#7f1d1d" }, opinion: { ratingValue: 3 } });
    expect(saved.scale.false).toEqual({ ...VERDICT_SCALE.false, label: "Pants on fire", color: "#7f1d1d" });
    expect(saved.revision).not.toBe("default");

    const settings = await getWorkspaceSettings(database.db, members.viewer.actor, workspaceId);
    expect(settings.verdictScale).toEqual(saved);
    const board = await getBoardView(database.db, members.viewer.actor, boardId);
    expect(board.verdictScale.false.label).toBe("Pants on fire");
    expect(board.verdictScale.opinion.ratingValue).toBe(3);
    expect(board.verdictScale.verified).toEqual(VERDICT_SCALE.verified);

    const [entry, ...rest] = await scaleEntries();
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({ boardId: null, workspaceId, actorId: members.owner.userId, entityId: workspaceId, action: "updated" });
    expect(JSON.parse(entry!.before)).toEqual({ verdictScale: null });
    expect(JSON.parse(entry!.after)).toEqual({ verdictScale: saved.overrides });
  });

  it("resets to the default when the overrides are cleared", async () => {
    const first = await save(members.owner, { revision: "default", overrides: { verified: { label: "True" } } });
    const reset = await save(members.owner, { revision: first.revision, overrides: null });
    expect(reset).toEqual({ overrides: null, scale: VERDICT_SCALE, revision: "default" });
    expect(await stored()).toBeNull();
    const entries = await scaleEntries();
    expect(JSON.parse(entries.at(-1)!.before)).toEqual({ verdictScale: { verified: { label: "True" } } });
    expect(JSON.parse(entries.at(-1)!.after)).toEqual({ verdictScale: null });
  });

  it("writes nothing and logs nothing for a save that changes nothing", async () => {
    const first = await save(members.owner, { revision: "default", overrides: { verified: { label: "True" } } });
    const before = (await scaleEntries()).length;
    const again = await save(members.owner, { revision: first.revision, overrides: { verified: { label: "True" } } });
    expect(again).toEqual(first);
    expect(await scaleEntries()).toHaveLength(before);
  });

  it.each(["editor", "checker", "viewer"] as const)("refuses a %s with 403 and changes nothing", async (role) => {
    const before = (await scaleEntries()).length;
    const error = await expectDataError(save(members[role], { revision: "default", overrides: { false: { label: "Nope" } } }), "forbidden");
    expect(error.message).toContain(role);
    expect(await stored()).toBeNull();
    expect(await scaleEntries()).toHaveLength(before);
  });

  it("answers someone outside the workspace with 404", async () => {
    await expectDataError(save(outsider, { revision: "default", overrides: { false: { label: "Nope" } } }), "not_found");
    expect(await stored()).toBeNull();
  });

  it.each([
    ["a malformed colour", { verified: { color: "green" } }, "overrides.verified.color"],
    ["a colour too faint on white", { verified: { color: "#a3e635" } }, "overrides.verified.color"],
    ["a tint that hides the text", { verified: { tint: "#166534" } }, "overrides.verified.tint"],
    ["an unknown verdict", { true: { label: "True" } }, "overrides"],
    ["a rating off the scale", { verified: { ratingValue: 7 } }, "overrides.verified.ratingValue"],
  ])("refuses %s with 400 and changes nothing", async (_case, overrides, path) => {
    const before = (await scaleEntries()).length;
    const error = await expectDataError(
      save(members.owner, { revision: "default", overrides } as unknown as TVerdictScaleUpdateInput),
      "invalid",
    );
    expect((error.details?.issues as { path: string }[]).map((issue) => issue.path)).toContain(path);
    expect(await stored()).toBeNull();
    expect(await scaleEntries()).toHaveLength(before);
  });

  it("refuses a save made over a newer one with 409 and the current scale", async () => {
    const startedFrom = (await getWorkspaceSettings(database.db, members.owner.actor, workspaceId)).verdictScale.revision;
    const secondOwner = await createTestMember(database.db, workspaceId, "owner", "Second owner");
    const first = await save(secondOwner, { revision: startedFrom, overrides: { disputed: { label: "Contested" } } });
    const error = await expectDataError(save(members.owner, { revision: startedFrom, overrides: { disputed: { label: "Unclear" } } }), "conflict");
    expect(error.message).toMatch(/Someone else changed/);
    expect(error.details?.current).toEqual(first);
    expect(JSON.parse((await stored())!)).toEqual({ disputed: { label: "Contested" } });
  });

  it("lets exactly one of two simultaneous saves from the same revision win", async () => {
    const results = await Promise.allSettled([
      save(members.owner, { revision: "default", overrides: { false: { label: "Wrong" } } }),
      save(members.owner, { revision: "default", overrides: { false: { label: "Untrue" } } }),
    ]);
    const won = results.filter((result) => result.status === "fulfilled");
    const lost = results.filter((result): result is PromiseRejectedResult => result.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect((lost[0]!.reason as DataError).code).toBe("conflict");
    const winner = (won[0] as PromiseFulfilledResult<{ scale: typeof VERDICT_SCALE }>).value.scale.false.label;
    expect(JSON.parse((await stored())!)).toEqual({ false: { label: winner } });
  });
});
