import { describe, expect, it } from "vitest";
import type { TNotificationsView, TNotificationView } from "../notifications/types";
import { createNotificationEventStream, type TNotificationEvent } from "./notification-event-stream";

const notification = (id: string): TNotificationView => ({
  id,
  kind: "assigned",
  actorName: "Eda",
  createdAt: new Date().toISOString(),
  readAt: null,
  claim: { boardId: "b1", boardTitle: "Board", claimId: `c-${id}`, number: 1, permalink: "/boards/b1/claims/1", statement: "S", stage: "researching", dueOn: null, overdue: false },
});

/** A stream over an in-memory state; `wake` stands for the notifier. */
function harness() {
  let state: TNotificationsView | null = { unreadCount: 0, notifications: [] };
  let wake = () => {};
  const abort = new AbortController();
  const stream = createNotificationEventStream({
    signal: abort.signal,
    read: async () => state,
    sessionValid: async () => true,
    subscribe: (w) => {
      wake = w;
      return () => {};
    },
  });
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let text = "";
  let done = false;
  void (async () => {
    for (;;) {
      const chunk = await reader.read();
      if (chunk.done) return void (done = true);
      text += decoder.decode(chunk.value);
    }
  })();
  return {
    set: (next: TNotificationsView | null) => void (state = next),
    wake: () => wake(),
    settle: () => new Promise((r) => setTimeout(r, 20)),
    sent: () => [...text.matchAll(/^data: (.*)$/gm)].map((m) => JSON.parse(m[1]!) as TNotificationEvent),
    closed: () => done,
    abort: () => abort.abort(),
  };
}

describe("a person's notification stream", () => {
  it("starts with the count, then sends only what changed, each notification once", async () => {
    const h = harness();
    await h.settle();
    expect(h.sent()).toEqual([{ unreadCount: 0, notifications: [] }]);
    h.wake();
    await h.settle();
    expect(h.sent()).toHaveLength(1);

    const first = notification("n1");
    h.set({ unreadCount: 1, notifications: [first] });
    h.wake();
    await h.settle();
    h.wake();
    await h.settle();
    expect(h.sent().slice(1)).toEqual([{ unreadCount: 1, notifications: [first] }]);

    // Marked read elsewhere: the count goes down, nothing new is listed.
    h.set({ unreadCount: 0, notifications: [{ ...first, readAt: new Date().toISOString() }] });
    h.wake();
    await h.settle();
    expect(h.sent().slice(2)).toEqual([{ unreadCount: 0, notifications: [] }]);
    h.abort();
  });

  it("closes when the person may no longer read", async () => {
    const h = harness();
    await h.settle();
    h.set(null);
    h.wake();
    await h.settle();
    expect(h.closed()).toBe(true);
  });
});
