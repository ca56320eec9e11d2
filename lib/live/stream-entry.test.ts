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
  it("gives readers of a public board no discussion and no members, and of a change only what it became", () => {
    expect(streamEntryFor(testActivityEntry({ entityType: "comment" }), "reader")).toBeNull();
    expect(streamEntryFor(roleChange, "reader")).toBeNull();
    const scale = testActivityEntry({ boardId: null, entityType: "workspace", before: { verdictScale: null }, after: { verdictScale: { false: { label: "Wrong" } } } });
    expect(streamEntryFor(scale, "reader")).toMatchObject({ actorId: null, before: null, after: scale.after });
  });
  it("tells when an entry may change the viewer's access", () => {
    expect(changesAccess(roleChange, { userId: "u1", boardId: "b1" })).toBe(true);
    expect(changesAccess(roleChange, { userId: "u2", boardId: "b1" })).toBe(false);
    expect(changesAccess(testActivityEntry({ entityType: "board", entityId: "b1" }), { userId: null, boardId: "b1" })).toBe(true);
    expect(changesAccess(testActivityEntry({ entityType: "claim", entityId: "c1" }), { userId: "u1", boardId: "b1" })).toBe(false);
  });
});
