// Undercuts and premise groups through the data layer, on SQLite and PostgreSQL: they are created,
// edited and deleted with an activity entry each; bad input is refused with a 4xx and changes
// nothing; and they go (logged) when a claim, link or relation they rest on goes.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { databaseFingerprint } from "../../testing/database-fingerprint";
import { expectDataError } from "../../testing/expect-data-error";
import { createRouteWorld, type TRouteWorld } from "../../testing/route-world";
import { createTestDatabase, TEST_PROVIDERS, type TTestDatabase } from "../../testing/test-databases";
import { createTestMember } from "../../testing/test-members";
import type { TActor } from "../actor";
import { listActivity } from "../activity/list-activity";
import { getBoardExport } from "../boards/get-board-export";
import { getBoardView } from "../boards/get-board-view";
import { importBoard } from "../boards/import-board";
import { deleteClaim } from "../claims/delete-claim";
import { deleteEvidence } from "../evidence/delete-evidence";
import { deleteEvidenceLink } from "../links/delete-evidence-link";
import { createPremiseGroup } from "../premise-groups/create-premise-group";
import { deletePremiseGroup } from "../premise-groups/delete-premise-group";
import { updatePremiseGroup } from "../premise-groups/update-premise-group";
import { deleteClaimRelation } from "../relations/delete-claim-relation";
import { createUndercut } from "./create-undercut";
import { deleteUndercut } from "./delete-undercut";
import { updateUndercut } from "./update-undercut";

describe.each(TEST_PROVIDERS)("undercuts and premise groups on %s", (provider) => {
  let database: TTestDatabase;
  let world: TRouteWorld;
  let owner: TActor;
  let boardId: string;
  /** A relation, a link on another claim, and a claim on neither. */
  let relation: { id: string; fromClaimId: string; toClaimId: string };
  let link: { id: string; claimId: string; evidenceId: string };
  let outsider: string;
  let spare: string[];

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    world = await createRouteWorld(database.db);
    owner = world.owner.actor;
    boardId = world.board.boardId;
    const { db } = database;
    relation = await db.claimRelation.findFirstOrThrow({ where: { boardId }, orderBy: { id: "asc" } });
    link = await db.evidenceLink.findFirstOrThrow({
      where: { boardId, claimId: { notIn: [relation.fromClaimId, relation.toClaimId] } },
      orderBy: { id: "asc" },
    });
    const ends = new Set([relation.fromClaimId, relation.toClaimId, link.claimId]);
    const [first, ...rest] = world.board.claimIds.filter((id) => !ends.has(id));
    outsider = first!;
    spare = rest;
  });
  afterAll(async () => {
    await database?.drop();
  });
  beforeEach(async () => {
    await database.db.undercut.deleteMany({ where: { boardId } });
    await database.db.premiseGroup.deleteMany({ where: { boardId } });
  });

  /** The call is refused with this code and not one row anywhere changes. */
  async function refusedUnchanged(call: () => Promise<unknown>, code: Parameters<typeof expectDataError>[1], message?: RegExp) {
    const before = await databaseFingerprint(database.db);
    await expectDataError(call(), code, message);
    expect(await databaseFingerprint(database.db)).toEqual(before);
  }

  it("creates, edits and deletes an undercut of a link and of a relation, each logged on the weakened claim", async () => {
    const { db } = database;
    const onLink = await createUndercut(db, owner, boardId, { fromClaimId: outsider, target: { type: "link", id: link.id }, note: "Off topic" });
    const onRelation = await createUndercut(db, owner, boardId, { fromClaimId: outsider, target: { type: "relation", id: relation.id }, note: "" });
    expect(onLink).toEqual({ id: onLink.id, fromClaimId: outsider, target: { type: "link", id: link.id }, note: "Off topic" });
    expect((await getBoardView(db, owner, boardId)).undercuts).toEqual([onLink, onRelation]);
    expect((await db.undercut.findUniqueOrThrow({ where: { id: onLink.id } })).createdById).toBe(world.owner.userId);

    const edited = await updateUndercut(db, owner, boardId, onLink.id, { note: "Sound source, wrong year" });
    expect(edited.note).toBe("Sound source, wrong year");
    await deleteUndercut(db, owner, boardId, onRelation.id);
    expect((await getBoardView(db, owner, boardId)).undercuts).toEqual([edited]);

    const linkHistory = await listActivity(db, owner, boardId, { claimId: link.claimId });
    expect(linkHistory.filter((e) => e.entityId === onLink.id).map((e) => e.action).sort()).toEqual(["created", "updated"]);
    const relationHistory = await listActivity(db, owner, boardId, { claimId: relation.toClaimId });
    expect(relationHistory.filter((e) => e.entityId === onRelation.id).map((e) => e.action).sort()).toEqual(["created", "deleted"]);
  });

  it("refuses a bad undercut with a 4xx and changes nothing", async () => {
    const { db } = database;
    const onLink = { fromClaimId: outsider, target: { type: "link" as const, id: link.id }, note: "" };
    await refusedUnchanged(() => createUndercut(db, owner, boardId, { ...onLink, target: { type: "link", id: "nosuchlink" } }), "not_found");
    // A relation's id named as a link, another board's edge, another board's claim.
    await refusedUnchanged(() => createUndercut(db, owner, boardId, { ...onLink, target: { type: "link", id: relation.id } }), "not_found");
    await refusedUnchanged(() => createUndercut(db, owner, boardId, { ...onLink, target: { type: "link", id: world.sibling.linkIds[0]! } }), "not_found");
    await refusedUnchanged(() => createUndercut(db, owner, boardId, { ...onLink, target: { type: "relation", id: world.foreign.relationIds[0]! } }), "not_found");
    await refusedUnchanged(() => createUndercut(db, owner, boardId, { ...onLink, fromClaimId: world.sibling.claimIds[0]! }), "not_found");
    await refusedUnchanged(() => createUndercut(db, owner, boardId, { ...onLink, fromClaimId: link.claimId }), "invalid", /end of/);
    await refusedUnchanged(
      () => createUndercut(db, owner, boardId, { ...onLink, fromClaimId: relation.toClaimId, target: { type: "relation", id: relation.id } }),
      "invalid",
    );
    const created = await createUndercut(db, owner, boardId, onLink);
    await refusedUnchanged(() => createUndercut(db, owner, boardId, onLink), "conflict", /already undercuts/);
    await refusedUnchanged(() => updateUndercut(db, owner, world.sibling.boardId, created.id, { note: "x" }), "not_found");
    await refusedUnchanged(() => deleteUndercut(db, owner, world.sibling.boardId, created.id), "not_found");
    const viewer = await createTestMember(db, world.workspaceId, "viewer");
    await refusedUnchanged(() => deleteUndercut(db, viewer.actor, boardId, created.id), "forbidden");
    await refusedUnchanged(() => createUndercut(db, viewer.actor, boardId, { ...onLink, target: { type: "relation", id: relation.id } }), "forbidden");
  });

  it("creates, edits and deletes a premise group, logged on its target", async () => {
    const { db } = database;
    const target = relation.toClaimId;
    const group = await createPremiseGroup(db, owner, boardId, { premiseClaimIds: [spare[1]!, spare[0]!], toClaimId: target, type: "supports", note: "" });
    expect(group.premiseClaimIds).toEqual([spare[0]!, spare[1]!].sort());
    expect((await getBoardView(db, owner, boardId)).premiseGroups).toEqual([group]);

    const edited = await updatePremiseGroup(db, owner, boardId, group.id, { premiseClaimIds: [spare[0]!, spare[1]!, spare[2]!], type: "attacks" });
    expect(edited).toMatchObject({ type: "attacks", premiseClaimIds: [spare[0]!, spare[1]!, spare[2]!].sort(), toClaimId: target });
    expect(await db.premiseGroupMember.count({ where: { groupId: group.id } })).toBe(3);
    await deletePremiseGroup(db, owner, boardId, group.id);
    expect(await db.premiseGroupMember.count({ where: { groupId: group.id } })).toBe(0);
    const history = await listActivity(db, owner, boardId, { claimId: target });
    expect(history.filter((e) => e.entityId === group.id).map((e) => e.action).sort()).toEqual(["created", "deleted", "updated"]);
  });

  it("refuses a bad premise group with a 4xx and changes nothing", async () => {
    const { db } = database;
    const input = { premiseClaimIds: [spare[0]!, spare[1]!], toClaimId: outsider, type: "attacks" as const, note: "" };
    await refusedUnchanged(() => createPremiseGroup(db, owner, boardId, { ...input, premiseClaimIds: [spare[0]!, outsider] }), "invalid", /premise/);
    await refusedUnchanged(() => createPremiseGroup(db, owner, boardId, { ...input, premiseClaimIds: [spare[0]!, world.sibling.claimIds[1]!] }), "not_found");
    await refusedUnchanged(() => createPremiseGroup(db, owner, boardId, { ...input, toClaimId: world.foreign.claimIds[0]! }), "not_found");
    await refusedUnchanged(() => createPremiseGroup(db, owner, boardId, { ...input, premiseClaimIds: [spare[0]!, world.board.evidenceIds[0]!] }), "not_found");
    const group = await createPremiseGroup(db, owner, boardId, input);
    // The same premises in another order, or with the other type, are the same group.
    await refusedUnchanged(() => createPremiseGroup(db, owner, boardId, { ...input, premiseClaimIds: [spare[1]!, spare[0]!], type: "supports" }), "conflict");
    const other = await createPremiseGroup(db, owner, boardId, { ...input, premiseClaimIds: [spare[0]!, spare[2]!] });
    await refusedUnchanged(() => updatePremiseGroup(db, owner, boardId, other.id, { premiseClaimIds: [spare[1]!, spare[0]!] }), "conflict");
    await refusedUnchanged(() => updatePremiseGroup(db, owner, boardId, other.id, { premiseClaimIds: [spare[1]!, outsider] }), "invalid");
    await refusedUnchanged(() => updatePremiseGroup(db, owner, world.sibling.boardId, group.id, { note: "x" }), "not_found");
    const viewer = await createTestMember(db, world.workspaceId, "viewer");
    await refusedUnchanged(() => createPremiseGroup(db, viewer.actor, boardId, { ...input, premiseClaimIds: [spare[2]!, spare[3]!] }), "forbidden");
  });

  it("exports undercuts and premise groups and imports them back; refuses a file whose undercut names a missing edge", async () => {
    const { db } = database;
    await createUndercut(db, owner, boardId, { fromClaimId: outsider, target: { type: "link", id: link.id }, note: "Wrong year" });
    await createUndercut(db, owner, boardId, { fromClaimId: outsider, target: { type: "relation", id: relation.id }, note: "" });
    await createPremiseGroup(db, owner, boardId, { premiseClaimIds: [spare[0]!, spare[1]!], toClaimId: outsider, type: "attacks", note: "Only together" });
    const exported = await getBoardExport(db, owner, boardId);
    expect(exported.undercuts).toHaveLength(2);
    expect(exported.premiseGroups).toEqual([expect.objectContaining({ toClaimId: outsider, type: "attacks", note: "Only together" })]);

    const { id } = await importBoard(db, owner, exported, { workspaceId: world.workspaceId });
    const [original, copy] = [await getBoardView(db, owner, boardId), await getBoardView(db, owner, id)];
    // The same argument in the copy's own ids, compared by what the rows say.
    const statement = (board: typeof original, claimId: string) => board.claims.find((c) => c.id === claimId)!.statement;
    const edgeWords = (board: typeof original, target: { type: string; id: string }) => {
      if (target.type === "link") {
        const l = board.links.find((x) => x.id === target.id)!;
        return `${statement(board, l.claimId)} ← ${board.evidence.find((e) => e.id === l.evidenceId)!.title}`;
      }
      const r = board.relations.find((x) => x.id === target.id)!;
      return `${statement(board, r.fromClaimId)} → ${statement(board, r.toClaimId)}`;
    };
    const undercutWords = (board: typeof original) => board.undercuts.map((u) => `${statement(board, u.fromClaimId)} ⊘ ${edgeWords(board, u.target)} (${u.note})`).sort();
    const groupWords = (board: typeof original) =>
      board.premiseGroups.map((g) => `${g.premiseClaimIds.map((c) => statement(board, c)).sort().join(" + ")} ${g.type} ${statement(board, g.toClaimId)} (${g.note})`);
    expect(undercutWords(copy)).toEqual(undercutWords(original));
    expect(groupWords(copy)).toEqual(groupWords(original));

    const before = await databaseFingerprint(db);
    const broken = { ...exported, undercuts: [{ id: "u", fromClaimId: outsider, target: { type: "link", id: "no-such-link" } }] };
    await expectDataError(importBoard(db, owner, broken, { workspaceId: world.workspaceId }), "invalid", /undercut u names a claim or link the file does not have/);
    const lonely = { ...exported, premiseGroups: [{ id: "g", premiseClaimIds: [outsider], toClaimId: spare[0]!, type: "supports" }] };
    await expectDataError(importBoard(db, owner, lonely, { workspaceId: world.workspaceId }), "invalid", /2 to 12 premises/);
    expect(await databaseFingerprint(db)).toEqual(before);
  });

  it("deletes and logs the undercuts and groups that rest on a deleted link, relation, evidence or claim", async () => {
    const { db } = database;
    const onLink = await createUndercut(db, owner, boardId, { fromClaimId: outsider, target: { type: "link", id: link.id }, note: "" });
    const onRelation = await createUndercut(db, owner, boardId, { fromClaimId: spare[0]!, target: { type: "relation", id: relation.id }, note: "" });
    const fromSpare = await createUndercut(db, owner, boardId, { fromClaimId: spare[1]!, target: { type: "link", id: link.id }, note: "" });
    const group = await createPremiseGroup(db, owner, boardId, { premiseClaimIds: [spare[2]!, spare[3]!], toClaimId: outsider, type: "supports", note: "" });
    const since = await db.activityEntry.count();
    const deletions = async () =>
      (await db.activityEntry.findMany({ where: { boardId, action: "deleted", entityType: { in: ["undercut", "premise_group"] } }, orderBy: { id: "asc" } })).map(
        (e) => ({ ...e, before: JSON.parse(e.before) as unknown, after: JSON.parse(e.after) as unknown }),
      );
    const already = new Set((await deletions()).map((e) => e.id));
    expect(since).toBeGreaterThan(0);

    await deleteClaimRelation(db, owner, boardId, relation.id);
    expect((await getBoardView(db, owner, boardId)).undercuts.map((u) => u.id)).toEqual([onLink.id, fromSpare.id]);
    await deleteClaim(db, owner, boardId, spare[1]!);
    expect((await getBoardView(db, owner, boardId)).undercuts.map((u) => u.id)).toEqual([onLink.id]);
    await deleteClaim(db, owner, boardId, spare[3]!);
    expect((await getBoardView(db, owner, boardId)).premiseGroups).toEqual([]);
    // The link's evidence may be what a published claim rests on; then the link itself goes.
    await deleteEvidence(db, owner, boardId, link.evidenceId).catch(() => deleteEvidenceLink(db, owner, boardId, link.id));
    expect((await getBoardView(db, owner, boardId)).undercuts).toEqual([]);

    const logged = (await deletions()).filter((e) => !already.has(e.id));
    expect(new Set(logged.map((e) => e.entityId))).toEqual(new Set([onLink.id, onRelation.id, fromSpare.id, group.id]));
    expect(logged.find((e) => e.entityId === onRelation.id)).toMatchObject({ claimId: relation.toClaimId, before: onRelation, after: null });
    expect(logged.find((e) => e.entityId === group.id)).toMatchObject({ claimId: outsider, before: group });
  });
});
