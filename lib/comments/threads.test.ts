import { describe, expect, it } from "vitest";
import { groupIntoThreads, restoreInList, threadRootId, upsertComment } from "./threads";
import type { TCommentView } from "./types";

const comment = (id: string, minute: number, overrides: Partial<TCommentView> = {}): TCommentView => ({
  id,
  claimId: "c1",
  parentId: null,
  authorId: "u1",
  authorName: "Ann",
  body: `body ${id}`,
  mentions: [],
  createdAt: `2026-01-01T00:${String(minute).padStart(2, "0")}:00.000Z`,
  editedAt: null,
  deletedAt: null,
  ...overrides,
});

describe("threadRootId", () => {
  it("attaches a reply to a reply to the thread's root", () => {
    expect(threadRootId(comment("a", 0))).toBe("a");
    expect(threadRootId(comment("b", 1, { parentId: "a" }))).toBe("a");
  });
});

describe("groupIntoThreads", () => {
  it("orders threads and replies by time, whatever order they arrive in", () => {
    const threads = groupIntoThreads([
      comment("r2", 4, { parentId: "a" }),
      comment("b", 2),
      comment("r1", 3, { parentId: "a" }),
      comment("a", 1),
    ]);
    expect(threads.map((t) => [t.root.id, t.replies.map((r) => r.id)])).toEqual([
      ["a", ["r1", "r2"]],
      ["b", []],
    ]);
  });
  it("puts a reply to a reply in its root's thread and keeps an orphan visible", () => {
    const threads = groupIntoThreads([comment("a", 1), comment("r1", 2, { parentId: "a" }), comment("r2", 3, { parentId: "r1" }), comment("x", 4, { parentId: "gone" })]);
    expect(threads.map((t) => [t.root.id, t.replies.map((r) => r.id)])).toEqual([
      ["a", ["r1", "r2"]],
      ["x", []],
    ]);
  });
});

describe("upsertComment", () => {
  it("adds a new comment in time order", () => {
    expect(upsertComment([comment("a", 1), comment("c", 3)], comment("b", 2)).map((c) => c.id)).toEqual(["a", "b", "c"]);
  });
  it("replaces a comment with a later edit or its deletion", () => {
    const edited = comment("a", 1, { body: "new", editedAt: "2026-01-01T01:00:00.000Z" });
    expect(upsertComment([comment("a", 1)], edited)[0]!.body).toBe("new");
    const deleted = comment("a", 1, { body: "", deletedAt: "2026-01-01T02:00:00.000Z" });
    expect(upsertComment([edited], deleted)[0]!.deletedAt).not.toBeNull();
  });
  it("never goes back to an older copy that a replay delivers late", () => {
    const edited = comment("a", 1, { body: "new", editedAt: "2026-01-01T01:00:00.000Z" });
    const deleted = comment("a", 1, { body: "", deletedAt: "2026-01-01T02:00:00.000Z" });
    expect(upsertComment([edited], comment("a", 1))[0]!.body).toBe("new");
    expect(upsertComment([deleted], edited)[0]!.deletedAt).not.toBeNull();
    const later = comment("a", 1, { body: "newer", editedAt: "2026-01-01T01:30:00.000Z" });
    expect(upsertComment([later], edited)[0]!.body).toBe("newer");
  });
});

describe("restoreInList", () => {
  it("puts a restored comment back over its deleted copy, which upsertComment would keep", () => {
    const original = comment("a", 1, { body: "back again" });
    const deleted = comment("a", 1, { body: "", deletedAt: "2026-01-01T02:00:00.000Z" });
    expect(upsertComment([deleted], original)[0]!.deletedAt).not.toBeNull();
    const restored = restoreInList([comment("z", 0), deleted], original);
    expect(restored.map((c) => c.id)).toEqual(["z", "a"]);
    expect(restored[1]).toEqual(original);
  });
});
