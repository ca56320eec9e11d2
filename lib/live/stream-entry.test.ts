import { describe, expect, it } from "vitest";
import { testActivityEntry } from "../testing/test-activity";
import { changesAccess, streamEntryFor } from "./stream-entry";

describe("streamEntryFor", () => {
  const roleChange = testActivityEntry({
    boardId: null,
    entityType: "membership",
    action: "updated",
    actorId: "owner-1",
    before: { userId: "u1", name: "Chen", role: "checker" },
    after: { userId: "u1", name: "Chen", role: "editor" },
  });
  it("gives members every entry but invitations", () => {
    expect(streamEntryFor(roleChange, "member")).toBe(roleChange);
    expect(streamEntryFor(testActivityEntry({ entityType: "invitation", boardId: null }), "member")).toBeNull();
  });
  it("gives readers of a public board no discussion, and of members only the name and role", () => {
    expect(streamEntryFor(testActivityEntry({ entityType: "comment" }), "reader")).toBeNull();
    expect(streamEntryFor(roleChange, "reader")).toMatchObject({ actorId: null, before: null, after: { userId: "u1", name: "Chen", role: "editor" } });
    const joined = testActivityEntry({ entityType: "membership", action: "created", after: { userId: "u2", name: "Ann", role: "viewer", invitationId: "i1", reason: "invitation" } });
    expect(streamEntryFor(joined, "reader")!.after).toEqual({ userId: "u2", name: "Ann", role: "viewer" });
    const removed = testActivityEntry({ entityType: "membership", action: "deleted", before: { userId: "u3", name: "Bo", role: "checker" }, after: { reason: "removed by an owner" } });
    expect(streamEntryFor(removed, "reader")).toMatchObject({ before: null, after: { userId: "u3" } });
  });
  it("tells when an entry may change the viewer's access", () => {
    expect(changesAccess(roleChange, { userId: "u1", boardId: "b1" })).toBe(true);
    expect(changesAccess(roleChange, { userId: "u2", boardId: "b1" })).toBe(false);
    expect(changesAccess(testActivityEntry({ entityType: "board", entityId: "b1" }), { userId: null, boardId: "b1" })).toBe(true);
    expect(changesAccess(testActivityEntry({ entityType: "claim", entityId: "c1" }), { userId: "u1", boardId: "b1" })).toBe(false);
  });
});
