import { describe, expect, it } from "vitest";
import type { TActivityEntryView } from "../activity/types";
import { testActivityEntry } from "../testing/test-activity";
import { createBoardEventStream, type TBoardEventStreamOptions } from "./board-event-stream";
import type { TStreamAudience } from "./stream-entry";

const now = () => new Date().toISOString();

/** A stream over an in-memory log; `wake` stands for a notification. */
function harness(overrides: Partial<TBoardEventStreamOptions> = {}) {
  const log: TActivityEntryView[] = [];
  let wake = () => {};
  let reads = 0;
  const abort = new AbortController();
  const stream = createBoardEventStream({
    boardId: "b1",
    viewerUserId: "u1",
    audience: "member",
    signal: abort.signal,
    readSince: async (since) => {
      reads++;
      return log.filter((e) => new Date(e.createdAt) >= since);
    },
    reauthorize: async () => "member",
    sessionValid: async () => true,
    subscribe: (w) => {
      wake = w;
      return () => {};
    },
    ...overrides,
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
  const settle = () => new Promise((r) => setTimeout(r, 20));
  return {
    log,
    wake: () => wake(),
    settle,
    sent: () => [...text.matchAll(/^data: (.*)$/gm)].map((m) => JSON.parse(m[1]!) as TActivityEntryView),
    closed: () => done,
    reads: () => reads,
  };
}

describe("createBoardEventStream", () => {
  it("reads the log when woken, and sends each new entry once", async () => {
    const h = harness();
    await h.settle();
    h.log.push(testActivityEntry({ id: "e1", createdAt: now() }));
    h.wake();
    await h.settle();
    h.wake();
    await h.settle();
    expect(h.sent().map((e) => e.id)).toEqual(["e1"]);
  });

  it("reads again after a read in flight when woken meanwhile, instead of reading in parallel", async () => {
    let release = () => {};
    let inFlight = 0;
    let most = 0;
    const log: TActivityEntryView[] = [];
    const h = harness({
      readSince: async () => {
        inFlight++;
        most = Math.max(most, inFlight);
        await new Promise<void>((r) => (release = r));
        inFlight--;
        return [...log];
      },
    });
    await h.settle();
    log.push(testActivityEntry({ id: "e1", createdAt: now() }));
    h.wake();
    h.wake();
    h.wake();
    release();
    await h.settle();
    release();
    await h.settle();
    expect(most).toBe(1);
    expect(h.sent().map((e) => e.id)).toEqual(["e1"]);
  });

  it("checks access before sending an entry about the viewer's membership, and closes when it is gone", async () => {
    let audience: TStreamAudience | null = "member";
    const h = harness({ reauthorize: async () => audience });
    await h.settle();
    audience = null;
    h.log.push(
      testActivityEntry({ id: "m1", boardId: null, entityType: "membership", action: "deleted", before: { userId: "u1" }, createdAt: now() }),
      testActivityEntry({ id: "e2", createdAt: now() }),
    );
    h.wake();
    await h.settle();
    expect(h.sent()).toEqual([]);
    expect(h.closed()).toBe(true);
  });

  it("turns into a reader's stream when the viewer is removed from a public board's workspace", async () => {
    let audience: TStreamAudience | null = "member";
    const h = harness({ reauthorize: async () => audience });
    await h.settle();
    audience = "reader";
    h.log.push(
      testActivityEntry({ id: "m1", boardId: null, entityType: "membership", action: "deleted", before: { userId: "u1" }, createdAt: now() }),
      testActivityEntry({ id: "c1", entityType: "comment", createdAt: now() }),
      testActivityEntry({ id: "e3", actorId: "someone", createdAt: now() }),
    );
    h.wake();
    await h.settle();
    expect(h.sent()).toEqual([expect.objectContaining({ id: "e3", actorId: null })]);
    expect(h.closed()).toBe(false);
  });

  it("closes when the session no longer holds at its periodic check", async () => {
    const h = harness({ sessionValid: async () => false, sessionCheckMs: 30, heartbeatMs: 1_000 });
    await new Promise((r) => setTimeout(r, 120));
    expect(h.closed()).toBe(true);
  });
});
