import { createHash } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { TPrismaClient } from "../../db/prisma-client";
import { ZInvitationCreateInput } from "../../schemas/invitation";
import { createTestDatabase, TEST_PROVIDERS, type TTestDatabase } from "../../testing/test-databases";
import { createTestMember, createTestOutsider } from "../../testing/test-members";
import type { TActor } from "../actor";
import { getBoardView } from "../boards/get-board-view";
import { setBoardVisibility } from "../boards/set-board-visibility";
import { DataError } from "../errors";
import { acceptInvitation } from "./accept-invitation";
import { createInvitation } from "./create-invitation";
import { getInvitationPreview } from "./get-invitation-preview";
import { listInvitations } from "./list-invitations";
import { revokeInvitation } from "./revoke-invitation";
import { expectDataError } from "../../testing/expect-data-error";
import {
  ANONYMOUS,
  createBoardWithClaims,
  createWorkspace,
  createWorkspaceTeam,
  DAY,
  membershipRole,
  workspaceActivity,
  type TWorkspaceTeam,
} from "../../testing/test-workspaces";

describe.each(TEST_PROVIDERS)("invitations and board visibility on %s", (provider) => {
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
