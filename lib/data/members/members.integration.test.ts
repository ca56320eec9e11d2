import { createHash } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { TDbClient, TPrismaClient } from "../../db/prisma-client";
import { ZInvitationCreateInput } from "../../schemas/invitation";
import { createTestDatabase, TEST_PROVIDERS, type TTestDatabase } from "../../testing/test-databases";
import { createTestMember, createTestOutsider, type TTestMember } from "../../testing/test-members";
import type { TActor } from "../actor";
import { getBoardView } from "../boards/get-board-view";
import { setBoardVisibility } from "../boards/set-board-visibility";
import { DataError } from "../errors";
import { acceptInvitation } from "../invitations/accept-invitation";
import { createInvitation } from "../invitations/create-invitation";
import { getInvitationPreview } from "../invitations/get-invitation-preview";
import { listInvitations } from "../invitations/list-invitations";
import { revokeInvitation } from "../invitations/revoke-invitation";
import { changeMemberRole } from "./change-member-role";
import { listMyWorkspaces } from "./list-my-workspaces";
import { listWorkspaceMembers } from "./list-workspace-members";
import { removeMember } from "./remove-member";
import { expectDataError } from "../../testing/expect-data-error";

const ANONYMOUS: TActor = { userId: null, roles: {} };
const DAY = 24 * 60 * 60 * 1000;

let workspaceCounter = 0;
async function createWorkspace(db: TPrismaClient, name: string) {
  workspaceCounter += 1;
  return db.workspace.create({ data: { slug: `ws-${workspaceCounter}-${Date.now()}`, name }, select: { id: true, name: true } });
}

const ARTICLE = "One claim here. Two claims there. Three is a crowd. Four on the floor. Five alive.";

async function createBoardWithClaims(db: TPrismaClient, workspaceId: string, quotes: string[]) {
  return db.board.create({
    data: {
      workspaceId,
      title: "Membership test board",
      article: { create: { text: ARTICLE, contentHash: createHash("sha256").update(ARTICLE).digest("hex") } },
      claims: {
        create: quotes.map((quote, index) => {
          const start = ARTICLE.indexOf(quote);
          return {
            number: index + 1,
            statement: quote,
            quoteExact: quote,
            quotePrefix: "",
            quoteSuffix: "",
            positionStart: start,
            positionEnd: start + quote.length,
            kind: "other",
            checkworthiness: 0.5,
          };
        }),
      },
    },
    select: { id: true, claims: { select: { id: true, statement: true } } },
  });
}

/** Membership-level activity of a workspace, oldest first. */
const workspaceActivity = (db: TDbClient, workspaceId: string) =>
  db.activityEntry.findMany({ where: { workspaceId, boardId: null }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });

describe.each(TEST_PROVIDERS)("members, invitations and board visibility on %s", (provider) => {
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
  let workspaceId: string;
  let workspaceName: string;
  let owner: TTestMember;
  let editor: TTestMember;
  let checker: TTestMember;
  let viewer: TTestMember;
  let outsider: TTestMember;
  beforeEach(async () => {
    const workspace = await createWorkspace(db, `Desk ${workspaceCounter + 1}`);
    workspaceId = workspace.id;
    workspaceName = workspace.name;
    owner = await createTestMember(db, workspaceId, "owner", "Olu Owner");
    editor = await createTestMember(db, workspaceId, "editor", "Eda Editor");
    checker = await createTestMember(db, workspaceId, "checker", "Chen Checker");
    viewer = await createTestMember(db, workspaceId, "viewer", "Vic Viewer");
    outsider = await createTestOutsider(db, "Out Sider");
  });

  const roleOf = async (userId: string) =>
    (await db.membership.findUnique({ where: { workspaceId_userId: { workspaceId, userId } } }))?.role ?? null;

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

  describe("invitations", () => {
    const invite = (actor: TActor, role: "owner" | "editor" | "checker" | "viewer" = "checker", note = "", now?: Date) =>
      createInvitation(db, actor, workspaceId, ZInvitationCreateInput.parse({ role, note }), now);

    it("creates a link whose token is shown once and stored only as its SHA-256 hash", async () => {
      const created = await invite(owner.actor, "editor", "For Sam on the politics desk");
      expect(created.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(created.path).toBe(`/invite/${created.token}`);
      expect(created.invitation).toMatchObject({ role: "editor", note: "For Sam on the politics desk", createdBy: { userId: owner.userId, name: "Olu Owner" } });
      expect(Date.parse(created.invitation.expiresAt) - Date.parse(created.invitation.createdAt)).toBe(7 * DAY);

      const row = await db.invitation.findUniqueOrThrow({ where: { id: created.invitation.id } });
      expect(row.tokenHash).toBe(createHash("sha256").update(created.token).digest("hex"));
      // Nowhere in the database: not in the invitation row, not in the activity log.
      expect(JSON.stringify(row)).not.toContain(created.token);
      const entries = await db.activityEntry.findMany({ where: { workspaceId } });
      expect(JSON.stringify(entries)).not.toContain(created.token);
      expect(JSON.stringify(entries)).not.toContain(row.tokenHash);
      expect(entries.at(-1)).toMatchObject({ entityType: "invitation", action: "created", boardId: null, actorId: owner.userId });
      // Nor in what owners can list later.
      const listed = await listInvitations(db, owner.actor, workspaceId);
      expect(JSON.stringify(listed)).not.toContain(created.token);
      expect(JSON.stringify(listed)).not.toContain(row.tokenHash);
    });

    it("gives every invitation a different token", async () => {
      const tokens = new Set<string>();
      for (let i = 0; i < 5; i += 1) tokens.add((await invite(owner.actor)).token);
      expect(tokens.size).toBe(5);
    });

    it("refuses non-owners (403) and outsiders (404), creating nothing", async () => {
      await expectDataError(invite(editor.actor), "forbidden");
      await expectDataError(invite(viewer.actor), "forbidden");
      await expectDataError(invite(outsider.actor), "not_found");
      await expectDataError(listInvitations(db, editor.actor, workspaceId), "forbidden");
      await expectDataError(listInvitations(db, outsider.actor, workspaceId), "not_found");
      expect(await db.invitation.count({ where: { workspaceId } })).toBe(0);
    });

    it("lists only pending invitations, newest first, with note, role, creator and expiry", async () => {
      const used = await invite(owner.actor, "viewer", "used");
      const revoked = await invite(owner.actor, "viewer", "revoked");
      await invite(owner.actor, "viewer", "expired", new Date(Date.now() - 8 * DAY));
      const first = await invite(owner.actor, "checker", "first");
      const second = await invite(owner.actor, "editor", "second");
      await acceptInvitation(db, outsider.actor, used.token);
      await revokeInvitation(db, owner.actor, workspaceId, revoked.invitation.id);
      const listed = await listInvitations(db, owner.actor, workspaceId);
      expect(listed.map((i) => [i.id, i.role, i.note])).toEqual([
        [second.invitation.id, "editor", "second"],
        [first.invitation.id, "checker", "first"],
      ]);
      expect(listed[0]!.createdBy).toEqual({ userId: owner.userId, name: "Olu Owner" });
    });

    it("joins a signed-in person with the invitation's role, once", async () => {
      const { token, invitation } = await invite(owner.actor, "editor");
      expect(await getInvitationPreview(db, token)).toMatchObject({ status: "valid", workspaceName, role: "editor" });

      const joined = await acceptInvitation(db, outsider.actor, token);
      expect(joined).toEqual({ workspaceId, workspaceName, role: "editor" });
      expect(await roleOf(outsider.userId)).toBe("editor");
      const row = await db.invitation.findUniqueOrThrow({ where: { id: invitation.id } });
      expect(row.acceptedById).toBe(outsider.userId);
      expect(row.acceptedAt).not.toBeNull();
      const entries = await workspaceActivity(db, workspaceId);
      expect(entries.slice(-2).map((e) => [e.entityType, e.action, e.actorId])).toEqual([
        ["membership", "created", outsider.userId],
        ["invitation", "updated", outsider.userId],
      ]);
      expect(JSON.parse(entries.at(-2)!.after)).toMatchObject({ userId: outsider.userId, role: "editor" });

      // Single use: a second person with the same link is turned away.
      const late = await createTestOutsider(db, "Late Comer");
      await expectDataError(acceptInvitation(db, late.actor, token), "gone", /already been used/);
      expect(await roleOf(late.userId)).toBeNull();
      expect(await getInvitationPreview(db, token)).toMatchObject({ status: "used" });
    });

    it("needs a signed-in person (401) and a real token (404)", async () => {
      const { token, invitation } = await invite(owner.actor);
      await expectDataError(acceptInvitation(db, ANONYMOUS, token), "unauthenticated", /Sign in or create an account/);
      await expectDataError(acceptInvitation(db, outsider.actor, "A".repeat(43)), "not_found", /not valid/);
      await expectDataError(acceptInvitation(db, outsider.actor, "short"), "not_found", /not valid/);
      expect(await getInvitationPreview(db, "A".repeat(43))).toEqual({ status: "unknown" });
      expect(await getInvitationPreview(db, "../../etc")).toEqual({ status: "unknown" });
      expect((await db.invitation.findUniqueOrThrow({ where: { id: invitation.id } })).acceptedAt).toBeNull();
    });

    it("refuses an expired link with words saying what to do", async () => {
      const { token } = await invite(owner.actor, "checker", "", new Date(Date.now() - 8 * DAY));
      await expectDataError(
        acceptInvitation(db, outsider.actor, token),
        "gone",
        "This invitation link has expired. Ask the workspace owner for a new one.",
      );
      expect(await roleOf(outsider.userId)).toBeNull();
      expect(await getInvitationPreview(db, token)).toMatchObject({ status: "expired", workspaceName });
    });

    it("revokes a pending link so it can no longer be used", async () => {
      const { token, invitation } = await invite(owner.actor);
      await expectDataError(revokeInvitation(db, editor.actor, workspaceId, invitation.id), "forbidden");
      await expectDataError(revokeInvitation(db, outsider.actor, workspaceId, invitation.id), "not_found");
      await revokeInvitation(db, owner.actor, workspaceId, invitation.id);
      const entry = (await workspaceActivity(db, workspaceId)).at(-1)!;
      expect(entry).toMatchObject({ entityType: "invitation", entityId: invitation.id, action: "updated", actorId: owner.userId });
      expect(JSON.parse(entry.after)).toMatchObject({ status: "revoked" });

      await expectDataError(acceptInvitation(db, outsider.actor, token), "gone", /withdrawn/);
      expect(await roleOf(outsider.userId)).toBeNull();
      await expectDataError(revokeInvitation(db, owner.actor, workspaceId, invitation.id), "conflict", /already revoked/);
      await expectDataError(revokeInvitation(db, owner.actor, workspaceId, "nosuchinvitation"), "not_found");
      // An owner of another workspace can't reach it by id.
      const other = await createWorkspace(db, "Other");
      const otherOwner = await createTestMember(db, other.id, "owner");
      await expectDataError(revokeInvitation(db, otherOwner.actor, workspaceId, invitation.id), "not_found");
      await expectDataError(revokeInvitation(db, otherOwner.actor, other.id, invitation.id), "not_found");
    });

    it("tells an existing member they already belong, and leaves the link unused", async () => {
      const { token, invitation } = await invite(owner.actor, "owner");
      await expectDataError(
        acceptInvitation(db, checker.actor, token),
        "conflict",
        `You are already a member of ${workspaceName} as checker.`,
      );
      expect(await roleOf(checker.userId)).toBe("checker");
      expect((await db.invitation.findUniqueOrThrow({ where: { id: invitation.id } })).acceptedAt).toBeNull();
    });

    it("lets only one of two simultaneous accepts of one link through", async () => {
      const { token } = await invite(owner.actor, "viewer");
      const people = [outsider, await createTestOutsider(db, "Second"), await createTestOutsider(db, "Third")];
      const results = await Promise.allSettled(people.map((person) => acceptInvitation(db, person.actor, token)));
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      for (const result of results.filter((r) => r.status === "rejected")) {
        expect(result.reason).toBeInstanceOf(DataError);
        expect((result.reason as DataError).code).toBe("gone");
      }
      const joined = await db.membership.count({ where: { workspaceId, userId: { in: people.map((p) => p.userId) } } });
      expect(joined).toBe(1);
    });
  });

  describe("board visibility", () => {
    let boardId: string;
    beforeEach(async () => {
      boardId = (await createBoardWithClaims(db, workspaceId, ["One claim"])).id;
    });
    const visibility = async () => (await db.board.findUniqueOrThrow({ where: { id: boardId } })).visibility;

    it("lets an editor make a board public, opening it to anonymous readers, with activity", async () => {
      await expectDataError(getBoardView(db, ANONYMOUS, boardId), "not_found");
      expect(await setBoardVisibility(db, editor.actor, boardId, "public")).toEqual({ id: boardId, visibility: "public" });
      expect(await visibility()).toBe("public");
      expect((await getBoardView(db, ANONYMOUS, boardId)).visibility).toBe("public");
      const entries = await db.activityEntry.findMany({ where: { boardId } });
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({ workspaceId, entityType: "board", entityId: boardId, action: "updated", actorId: editor.userId });
      expect(JSON.parse(entries[0]!.before)).toEqual({ visibility: "private" });
      expect(JSON.parse(entries[0]!.after)).toEqual({ visibility: "public" });

      // Same value again: nothing to record. Back to private: closed again.
      await setBoardVisibility(db, owner.actor, boardId, "public");
      expect(await db.activityEntry.count({ where: { boardId } })).toBe(1);
      await setBoardVisibility(db, owner.actor, boardId, "private");
      expect(await db.activityEntry.count({ where: { boardId } })).toBe(2);
      await expectDataError(getBoardView(db, ANONYMOUS, boardId), "not_found");
    });

    it("refuses checkers and viewers (403), outsiders (404 private, 403 public) and anonymous writers, changing nothing", async () => {
      await expectDataError(setBoardVisibility(db, checker.actor, boardId, "public"), "forbidden");
      await expectDataError(setBoardVisibility(db, viewer.actor, boardId, "public"), "forbidden");
      await expectDataError(setBoardVisibility(db, outsider.actor, boardId, "public"), "not_found");
      await expectDataError(setBoardVisibility(db, ANONYMOUS, boardId, "public"), "not_found");
      expect(await visibility()).toBe("private");
      await db.board.update({ where: { id: boardId }, data: { visibility: "public" } });
      await expectDataError(setBoardVisibility(db, outsider.actor, boardId, "private"), "forbidden");
      await expectDataError(setBoardVisibility(db, ANONYMOUS, boardId, "private"), "unauthenticated");
      await expectDataError(setBoardVisibility(db, checker.actor, boardId, "private"), "forbidden");
      expect(await visibility()).toBe("public");
      expect(await db.activityEntry.count({ where: { boardId } })).toBe(0);
    });
  });
});
