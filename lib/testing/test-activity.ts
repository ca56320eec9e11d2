import type { TActivityEntryView } from "../activity/types";

/** An activity entry for unit tests: a claim update by a teammate unless overridden. */
export function testActivityEntry(overrides: Partial<TActivityEntryView> = {}): TActivityEntryView {
  return {
    id: "a",
    boardId: "b1",
    actorId: "teammate",
    entityType: "claim",
    entityId: "c1",
    claimId: "c1",
    action: "updated",
    before: null,
    after: null,
    createdAt: "2026-01-01T00:00:00.000Z",
    ...overrides,
  };
}
