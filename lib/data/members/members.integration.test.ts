import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { TPrismaClient } from "../../db/prisma-client";
import { createTestDatabase, TEST_PROVIDERS, type TTestDatabase } from "../../testing/test-databases";
import { createTestMember } from "../../testing/test-members";
import { DataError } from "../errors";
import { changeMemberRole } from "./change-member-role";
import { listMyWorkspaces } from "./list-my-workspaces";
import { listWorkspaceMembers } from "./list-workspace-members";
import { removeMember } from "./remove-member";
import { expectDataError } from "../../testing/expect-data-error";
import {
  ANONYMOUS,
  createBoardWithClaims,
  createWorkspace,
  createWorkspaceTeam,
  membershipRole,
  workspaceActivity,
  type TWorkspaceTeam,
} from "../../testing/test-workspaces";

describe.each(TEST_PROVIDERS)("members: listing, roles and removal on %s", (provider) => {
  let database: TTestDatabase;
  let db: TPrismaClient;

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    db = database.db;
  });
  afterAll(async () => {
    await database?.drop();
  });

  /** A fresh workspace per test, with one member per role and an outsider. */
  let { workspaceId, workspaceName, owner, editor, checker, viewer, outsider } = {} as TWorkspaceTeam;
  beforeEach(async () => {
    ({ workspaceId, workspaceName, owner, editor, checker, viewer, outsider } = await createWorkspaceTeam(db));
  });

  const roleOf = (userId: string) => membershipRole(db, workspaceId, userId);
  describe("listing members", () => {
    it("shows every member's name, email, role and joining date to any member", async () => {
      const members = await listWorkspaceMembers(db, viewer.actor, workspaceId);
      expect(members.map((m) => [m.name, m.role])).toEqual([
        ["Olu Owner", "owner"],
        ["Eda Editor", "editor"],
        ["Chen Checker", "checker"],
        ["Vic Viewer", "viewer"],
      ]);
      expect(members[0]).toMatchObject({ userId: owner.userId, email: `${owner.userId}@example.test` });
      expect(Date.parse(members[0]!.joinedAt)).not.toBeNaN();
    });

    it("answers 404 to people outside the workspace, signed in or not", async () => {
      await expectDataError(listWorkspaceMembers(db, outsider.actor, workspaceId), "not_found");
      await expectDataError(listWorkspaceMembers(db, ANONYMOUS, workspaceId), "not_found");
    });

    it("lists a person's own workspaces with their role in each, and none for anonymous readers", async () => {
      const other = await createWorkspace(db, "Another desk");
      await db.membership.create({ data: { workspaceId: other.id, userId: checker.userId, role: "editor" } });
      const mine = await listMyWorkspaces(db, checker.actor);
      expect(mine).toEqual(
        expect.arrayContaining([
          { id: workspaceId, name: workspaceName, role: "checker", memberCount: 4 },
          { id: other.id, name: "Another desk", role: "editor", memberCount: 1 },
        ]),
      );
      expect(mine).toHaveLength(2);
      expect(await listMyWorkspaces(db, outsider.actor)).toEqual([]);
      expect(await listMyWorkspaces(db, ANONYMOUS)).toEqual([]);
    });
  });

  describe("changing roles", () => {
    it("lets an owner change a role, recording before and after at workspace level", async () => {
      const changed = await changeMemberRole(db, owner.actor, workspaceId, checker.userId, "editor");
      expect(changed).toMatchObject({ userId: checker.userId, name: "Chen Checker", role: "editor" });
      expect(await roleOf(checker.userId)).toBe("editor");
      const entry = (await workspaceActivity(db, workspaceId)).at(-1)!;
      expect(entry).toMatchObject({
        workspaceId,
        boardId: null,
        actorId: owner.userId,
        entityType: "membership",
        action: "updated",
      });
      expect(JSON.parse(entry.before)).toMatchObject({ userId: checker.userId, role: "checker" });
      expect(JSON.parse(entry.after)).toMatchObject({ userId: checker.userId, role: "editor" });
    });

    it("records nothing when the role is unchanged", async () => {
      const before = await db.activityEntry.count();
      await changeMemberRole(db, owner.actor, workspaceId, checker.userId, "checker");
      expect(await db.activityEntry.count()).toBe(before);
    });

    it("refuses non-owners (403), outsiders (404) and unknown members (404), changing nothing", async () => {
      const before = await db.activityEntry.count();
      await expectDataError(changeMemberRole(db, editor.actor, workspaceId, checker.userId, "owner"), "forbidden");
      await expectDataError(changeMemberRole(db, checker.actor, workspaceId, checker.userId, "owner"), "forbidden");
      await expectDataError(changeMemberRole(db, outsider.actor, workspaceId, checker.userId, "viewer"), "not_found");
      await expectDataError(
        changeMemberRole(db, owner.actor, workspaceId, outsider.userId, "viewer"),
        "not_found",
        "That person is not a member of this workspace.",
      );
      expect(await roleOf(checker.userId)).toBe("checker");
      expect(await roleOf(outsider.userId)).toBeNull();
      expect(await db.activityEntry.count()).toBe(before);
    });

    it("keeps the last owner: demoting them is refused with 409", async () => {
      await expectDataError(
        changeMemberRole(db, owner.actor, workspaceId, owner.userId, "editor"),
        "conflict",
        "You are the workspace's only owner. Make someone else an owner first, then change this role.",
      );
      expect(await roleOf(owner.userId)).toBe("owner");
      // With a second owner, the first may step down.
      await changeMemberRole(db, owner.actor, workspaceId, editor.userId, "owner");
      await changeMemberRole(db, owner.actor, workspaceId, owner.userId, "editor");
      expect(await roleOf(owner.userId)).toBe("editor");
      expect(await roleOf(editor.userId)).toBe("owner");
    });

    /** One claim of `assigneeId`'s in each stage a claim can be someone's in, on a board of this workspace. */
    async function claimsInProgressAndDone(assigneeId: string) {
      const board = await createBoardWithClaims(db, workspaceId, ["One claim", "Two claims", "Three is", "Four on"]);
      const [researching, returned, inReview, published] = board.claims.map((c) => c.id) as [string, string, string, string];
      const proposal = { proposedVerdict: "false", proposedRationale: "Figures say otherwise.", proposedById: assigneeId };
      await db.claim.update({ where: { id: researching }, data: { stage: "researching", assigneeId } });
      await db.claim.update({ where: { id: returned }, data: { stage: "returned", assigneeId, ...proposal } });
      await db.claim.update({ where: { id: inReview }, data: { stage: "ready_for_review", assigneeId, ...proposal } });
      await db.claim.update({
        where: { id: published },
        data: {
          stage: "published",
          assigneeId,
          verdict: "false",
          verdictRationale: "Figures say otherwise.",
          proposedById: assigneeId,
          approvedById: owner.userId,
          publishedAt: new Date(),
        },
      });
      return { boardId: board.id, researching, returned, inReview, published };
    }

    it("demoting someone to viewer puts the claims they were researching or had returned back to unassigned, with activity", async () => {
      const claims = await claimsInProgressAndDone(checker.userId);
      // Their work in another workspace, where they stay a checker, is left alone.
      const elsewhere = await createWorkspace(db, "Elsewhere");
      await db.membership.create({ data: { workspaceId: elsewhere.id, userId: checker.userId, role: "checker" } });
      const otherClaim = (await createBoardWithClaims(db, elsewhere.id, ["Five alive"])).claims[0]!.id;
      await db.claim.update({ where: { id: otherClaim }, data: { stage: "researching", assigneeId: checker.userId } });

      expect(await changeMemberRole(db, owner.actor, workspaceId, checker.userId, "viewer")).toMatchObject({ role: "viewer" });
      expect(await roleOf(checker.userId)).toBe("viewer");
      for (const id of [claims.researching, claims.returned]) {
        expect(await db.claim.findUniqueOrThrow({ where: { id } })).toMatchObject({
          stage: "unassigned",
          assigneeId: null,
          proposedVerdict: null,
          proposedRationale: null,
          proposedById: null,
          version: 2,
        });
        const entries = await db.activityEntry.findMany({ where: { claimId: id } });
        expect(entries).toHaveLength(1);
        expect(entries[0]).toMatchObject({ boardId: claims.boardId, workspaceId, actorId: owner.userId, entityType: "claim", entityId: id, action: "unassigned" });
        expect(JSON.parse(entries[0]!.before)).toMatchObject({ id, assigneeId: checker.userId });
        expect(JSON.parse(entries[0]!.after)).toMatchObject({ id, stage: "unassigned", assigneeId: null, version: 2 });
      }
      // A verdict waiting for review or published keeps its record of who did the work.
      expect(await db.claim.findUniqueOrThrow({ where: { id: claims.inReview } })).toMatchObject({ stage: "ready_for_review", assigneeId: checker.userId, version: 1 });
      expect(await db.claim.findUniqueOrThrow({ where: { id: claims.published } })).toMatchObject({ stage: "published", assigneeId: checker.userId, version: 1 });
      expect(await db.claim.findUniqueOrThrow({ where: { id: otherClaim } })).toMatchObject({ stage: "researching", assigneeId: checker.userId, version: 1 });
      expect(await db.activityEntry.count({ where: { claimId: { in: [claims.inReview, claims.published, otherClaim] } } })).toBe(0);
      const roleEntry = (await workspaceActivity(db, workspaceId)).at(-1)!;
      expect(roleEntry).toMatchObject({ entityType: "membership", action: "updated" });
      expect(JSON.parse(roleEntry.after)).toMatchObject({ userId: checker.userId, role: "viewer" });
    });

    it("leaves claims alone for any other role change, or a refused demotion", async () => {
      const checkerClaims = await claimsInProgressAndDone(checker.userId);
      await changeMemberRole(db, owner.actor, workspaceId, checker.userId, "editor");
      expect(await db.claim.findUniqueOrThrow({ where: { id: checkerClaims.researching } })).toMatchObject({ stage: "researching", assigneeId: checker.userId, version: 1 });
      expect(await db.claim.findUniqueOrThrow({ where: { id: checkerClaims.returned } })).toMatchObject({ stage: "returned", assigneeId: checker.userId, version: 1 });

      const ownerClaims = await claimsInProgressAndDone(owner.userId);
      const activity = await db.activityEntry.count();
      await expectDataError(changeMemberRole(db, owner.actor, workspaceId, owner.userId, "viewer"), "conflict");
      expect(await db.claim.findUniqueOrThrow({ where: { id: ownerClaims.researching } })).toMatchObject({ stage: "researching", assigneeId: owner.userId, version: 1 });
      expect(await db.activityEntry.count()).toBe(activity);
    });

    it("two owners demoting each other at once leave exactly one owner", async () => {
      // Without the workspace lock, PostgreSQL lets both through most of the time: a few rounds make that show.
      for (let round = 0; round < 5; round += 1) {
        const desk = await createWorkspace(db, `Race ${round}`);
        const first = await createTestMember(db, desk.id, "owner");
        const second = await createTestMember(db, desk.id, "owner");
        const results = await Promise.allSettled([
          changeMemberRole(db, first.actor, desk.id, second.userId, "viewer"),
          changeMemberRole(db, second.actor, desk.id, first.userId, "viewer"),
        ]);
        expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
        const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
        expect(refused.reason).toBeInstanceOf(DataError);
        expect((refused.reason as DataError).code).toBe("conflict");
        expect(await db.membership.count({ where: { workspaceId: desk.id, role: "owner" } })).toBe(1);
      }
    });
  });

  describe("removing members", () => {
    it("refuses non-owners removing someone else (403), outsiders (404) and unknown members (404)", async () => {
      const before = await db.activityEntry.count();
      await expectDataError(removeMember(db, editor.actor, workspaceId, checker.userId), "forbidden");
      await expectDataError(removeMember(db, outsider.actor, workspaceId, checker.userId), "not_found");
      await expectDataError(removeMember(db, ANONYMOUS, workspaceId, checker.userId), "not_found");
      await expectDataError(removeMember(db, owner.actor, workspaceId, outsider.userId), "not_found");
      expect(await roleOf(checker.userId)).toBe("checker");
      expect(await db.activityEntry.count()).toBe(before);
    });

    it("lets an owner remove a member and any member leave, with an activity entry", async () => {
      await removeMember(db, owner.actor, workspaceId, viewer.userId);
      await removeMember(db, checker.actor, workspaceId, checker.userId);
      expect(await roleOf(viewer.userId)).toBeNull();
      expect(await roleOf(checker.userId)).toBeNull();
      const entries = (await workspaceActivity(db, workspaceId)).filter((e) => e.action === "deleted");
      expect(entries.map((e) => [e.entityType, e.actorId, JSON.parse(e.before).userId])).toEqual([
        ["membership", owner.userId, viewer.userId],
        ["membership", checker.userId, checker.userId],
      ]);
      expect(JSON.parse(entries[1]!.after)).toMatchObject({ reason: "left the workspace" });
    });

    it("keeps the last owner: they can neither be removed nor leave", async () => {
      await expectDataError(removeMember(db, owner.actor, workspaceId, owner.userId), "conflict", /only owner, so you can't leave/);
      expect(await roleOf(owner.userId)).toBe("owner");
      await changeMemberRole(db, owner.actor, workspaceId, editor.userId, "owner");
      await removeMember(db, owner.actor, workspaceId, owner.userId);
      expect(await roleOf(owner.userId)).toBeNull();
    });

    it("puts the claims they were researching or had returned back to unassigned, with activity", async () => {
      const board = await createBoardWithClaims(db, workspaceId, ["One claim", "Two claims", "Three is", "Four on"]);
      const [researching, returned, inReview, published] = board.claims.map((c) => c.id) as [string, string, string, string];
      const proposal = { proposedVerdict: "false", proposedRationale: "Figures say otherwise.", proposedById: checker.userId };
      await db.claim.update({ where: { id: researching }, data: { stage: "researching", assigneeId: checker.userId } });
      await db.claim.update({ where: { id: returned }, data: { stage: "returned", assigneeId: checker.userId, ...proposal } });
      await db.claim.update({ where: { id: inReview }, data: { stage: "ready_for_review", assigneeId: checker.userId, ...proposal } });
      await db.claim.update({
        where: { id: published },
        data: {
          stage: "published",
          assigneeId: checker.userId,
          verdict: "false",
          verdictRationale: "Figures say otherwise.",
          proposedById: checker.userId,
          approvedById: editor.userId,
          publishedAt: new Date(),
        },
      });
      // Their work in another workspace is not this workspace's business.
      const elsewhere = await createWorkspace(db, "Elsewhere");
      await db.membership.create({ data: { workspaceId: elsewhere.id, userId: checker.userId, role: "checker" } });
      const otherBoard = await createBoardWithClaims(db, elsewhere.id, ["Five alive"]);
      const otherClaim = otherBoard.claims[0]!.id;
      await db.claim.update({ where: { id: otherClaim }, data: { stage: "researching", assigneeId: checker.userId } });

      const result = await removeMember(db, owner.actor, workspaceId, checker.userId);
      expect(result.unassignedClaimIds.sort()).toEqual([researching, returned].sort());

      for (const id of [researching, returned]) {
        const claim = await db.claim.findUniqueOrThrow({ where: { id } });
        expect(claim).toMatchObject({
          stage: "unassigned",
          assigneeId: null,
          proposedVerdict: null,
          proposedRationale: null,
          proposedById: null,
          version: 2,
        });
        const entries = await db.activityEntry.findMany({ where: { claimId: id } });
        expect(entries).toHaveLength(1);
        expect(entries[0]).toMatchObject({
          boardId: board.id,
          workspaceId,
          actorId: owner.userId,
          entityType: "claim",
          entityId: id,
          action: "unassigned",
        });
        expect(JSON.parse(entries[0]!.before)).toMatchObject({ id, assigneeId: checker.userId });
        expect(JSON.parse(entries[0]!.after)).toMatchObject({ id, stage: "unassigned", assigneeId: null, proposedVerdict: null, version: 2 });
      }
      expect(await db.claim.findUniqueOrThrow({ where: { id: inReview } })).toMatchObject({ stage: "ready_for_review", assigneeId: checker.userId, version: 1 });
      expect(await db.claim.findUniqueOrThrow({ where: { id: published } })).toMatchObject({ stage: "published", assigneeId: checker.userId, version: 1 });
      expect(await db.claim.findUniqueOrThrow({ where: { id: otherClaim } })).toMatchObject({ stage: "researching", assigneeId: checker.userId });
      expect(await db.activityEntry.count({ where: { claimId: { in: [inReview, published, otherClaim] } } })).toBe(0);
      const removal = (await workspaceActivity(db, workspaceId)).at(-1)!;
      expect(JSON.parse(removal.after)).toMatchObject({ unassignedClaims: 2 });
    });

    it("leaves claims alone when the removal is refused", async () => {
      const board = await createBoardWithClaims(db, workspaceId, ["One claim"]);
      const claimId = board.claims[0]!.id;
      await db.claim.update({ where: { id: claimId }, data: { stage: "researching", assigneeId: owner.userId } });
      await expectDataError(removeMember(db, owner.actor, workspaceId, owner.userId), "conflict");
      expect(await db.claim.findUniqueOrThrow({ where: { id: claimId } })).toMatchObject({ stage: "researching", assigneeId: owner.userId, version: 1 });
    });
  });
});
