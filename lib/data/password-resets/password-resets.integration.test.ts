// Owner-made password-reset links, on SQLite and PostgreSQL: only owners make them, for members of
// their own workspace; a link works once, before it expires, sets a password Better Auth verifies,
// and ends every session of the member. Refused uses change nothing.
import { randomUUID } from "node:crypto";
import { hashPassword, verifyPassword } from "better-auth/crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TPrismaClient } from "../../db/prisma-client";
import { databaseFingerprint } from "../../testing/database-fingerprint";
import { expectDataError } from "../../testing/expect-data-error";
import { createTestDatabase, TEST_PROVIDERS, type TTestDatabase } from "../../testing/test-databases";
import { createTestMember, type TTestMember } from "../../testing/test-members";
import { createPasswordReset } from "./create-password-reset";
import { getPasswordResetPreview } from "./get-password-reset-preview";
import { redeemPasswordReset } from "./redeem-password-reset";

const HOUR = 60 * 60 * 1000;
const tokenOf = (path: string) => path.split("/").at(-1)!;

describe.each(TEST_PROVIDERS)("password-reset links on %s", (provider) => {
  let database: TTestDatabase;
  let db: TPrismaClient;
  let workspaceId: string;
  let owner: TTestMember;
  let editor: TTestMember;
  let member: TTestMember;
  let outsider: TTestMember;

  async function withPassword(person: TTestMember, password: string) {
    await db.account.create({
      data: { id: randomUUID(), accountId: person.userId, providerId: "credential", userId: person.userId, password: await hashPassword(password) },
    });
  }
  async function signIn(person: TTestMember) {
    await db.session.create({
      data: { id: randomUUID(), token: randomUUID(), userId: person.userId, expiresAt: new Date(Date.now() + 24 * HOUR) },
    });
  }
  const storedHash = async (person: TTestMember) =>
    (await db.account.findFirstOrThrow({ where: { userId: person.userId, providerId: "credential" } })).password!;

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    db = database.db;
    workspaceId = (await db.workspace.create({ data: { slug: "resets", name: "Resets" } })).id;
    owner = await createTestMember(db, workspaceId, "owner", "Olive Owner");
    editor = await createTestMember(db, workspaceId, "editor", "Eddie Editor");
    member = await createTestMember(db, workspaceId, "checker", "Mina Member");
    const other = await db.workspace.create({ data: { slug: "other", name: "Other" } });
    outsider = await createTestMember(db, other.id, "owner", "Otto Outsider");
    for (const person of [owner, editor, member, outsider]) await withPassword(person, "the old password");
  });
  afterAll(async () => {
    await database?.drop();
  });

  it("lets the member set a new password once, and signs them out everywhere", async () => {
    await signIn(member);
    await signIn(member);
    await signIn(owner);
    const created = await createPasswordReset(db, owner.actor, workspaceId, member.userId);
    expect(created.path).toMatch(/^\/reset-password\/[A-Za-z0-9_-]{43}$/);
    expect(created.member).toEqual({ userId: member.userId, name: "Mina Member" });
    // Only the hash is kept.
    expect(await db.passwordReset.count({ where: { tokenHash: tokenOf(created.path) } })).toBe(0);
    expect(await getPasswordResetPreview(db, tokenOf(created.path))).toMatchObject({ status: "valid", name: "Mina Member" });

    const redeemed = await redeemPasswordReset(db, { token: tokenOf(created.path), newPassword: "a brand new password" });
    expect(redeemed).toMatchObject({ name: "Mina Member", sessionsEnded: 2 });
    expect(await verifyPassword({ hash: await storedHash(member), password: "a brand new password" })).toBe(true);
    expect(await verifyPassword({ hash: await storedHash(member), password: "the old password" })).toBe(false);
    expect(await db.session.count({ where: { userId: member.userId } })).toBe(0);
    expect(await db.session.count({ where: { userId: owner.userId } })).toBe(1);
    const log = await db.activityEntry.findMany({ where: { workspaceId, entityType: "password_reset" }, orderBy: { createdAt: "asc" } });
    expect(log.map((entry) => [entry.action, entry.actorId])).toEqual([
      ["created", owner.userId],
      ["updated", member.userId],
    ]);
    expect(log.map((entry) => entry.after).join()).not.toContain(tokenOf(created.path));

    const before = await databaseFingerprint(db);
    await expectDataError(redeemPasswordReset(db, { token: tokenOf(created.path), newPassword: "yet another password" }), "gone", /already used/);
    expect(await getPasswordResetPreview(db, tokenOf(created.path))).toMatchObject({ status: "used" });
    expect(await databaseFingerprint(db)).toEqual(before);
  });

  it("refuses an expired link, an unknown one, and one superseded by a newer link", async () => {
    const now = new Date();
    const old = await createPasswordReset(db, owner.actor, workspaceId, member.userId, new Date(now.getTime() - 25 * HOUR));
    const before = await databaseFingerprint(db);
    await expectDataError(redeemPasswordReset(db, { token: tokenOf(old.path), newPassword: "a brand new password" }), "gone", /expired/);
    await expectDataError(redeemPasswordReset(db, { token: "A".repeat(43), newPassword: "a brand new password" }), "not_found");
    expect(await databaseFingerprint(db)).toEqual(before);

    const first = await createPasswordReset(db, owner.actor, workspaceId, editor.userId);
    const second = await createPasswordReset(db, owner.actor, workspaceId, editor.userId);
    await expectDataError(redeemPasswordReset(db, { token: tokenOf(first.path), newPassword: "a brand new password" }), "gone", /expired/);
    await redeemPasswordReset(db, { token: tokenOf(second.path), newPassword: "a brand new password" });
  });

  it("is for owners only, for members of their own workspace, and never for oneself", async () => {
    const before = await databaseFingerprint(db);
    await expectDataError(createPasswordReset(db, editor.actor, workspaceId, member.userId), "forbidden");
    await expectDataError(createPasswordReset(db, member.actor, workspaceId, member.userId), "forbidden");
    await expectDataError(createPasswordReset(db, owner.actor, workspaceId, outsider.userId), "not_found");
    await expectDataError(createPasswordReset(db, outsider.actor, workspaceId, member.userId), "not_found");
    await expectDataError(createPasswordReset(db, owner.actor, workspaceId, owner.userId), "invalid", /your own account/);
    await expectDataError(createPasswordReset(db, owner.actor, workspaceId, "no-such-user"), "not_found");
    expect(await databaseFingerprint(db)).toEqual(before);
  });

  it("lets only one of two simultaneous uses of a link win", async () => {
    const created = await createPasswordReset(db, owner.actor, workspaceId, member.userId);
    const token = tokenOf(created.path);
    const results = await Promise.allSettled([
      redeemPasswordReset(db, { token, newPassword: "first new password" }),
      redeemPasswordReset(db, { token, newPassword: "second new password" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const hash = await storedHash(member);
    const matches = await Promise.all(["first new password", "second new password"].map((password) => verifyPassword({ hash, password })));
    expect(matches.filter(Boolean)).toHaveLength(1);
  });
});
