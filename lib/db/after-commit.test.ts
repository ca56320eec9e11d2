import { describe, expect, it } from "vitest";
import { afterCommit, withAfterCommit } from "./after-commit";

// A stand-in for a Prisma client: its interactive transaction hands the callback a fresh tx object.
const fakeClient = () => ({
  log: [] as string[],
  async $transaction(fn: (tx: object) => Promise<unknown>) {
    const result = await fn({});
    this.log.push("commit");
    return result;
  },
});

describe("afterCommit", () => {
  it("runs registered work once the transaction has committed, once per key", async () => {
    const client = withAfterCommit(fakeClient());
    await client.$transaction(async (tx) => {
      afterCommit(tx, "board-1", () => client.log.push("wake board-1"));
      afterCommit(tx, "board-1", () => client.log.push("wake board-1"));
      afterCommit(tx, "board-2", () => client.log.push("wake board-2"));
      client.log.push("write");
    });
    expect(client.log).toEqual(["write", "commit", "wake board-1", "wake board-2"]);
  });

  it("drops the work of a transaction that rolls back", async () => {
    const client = withAfterCommit(fakeClient());
    await expect(
      client.$transaction(async (tx) => {
        afterCommit(tx, "board-1", () => client.log.push("wake"));
        throw new Error("refused");
      }),
    ).rejects.toThrow("refused");
    expect(client.log).toEqual([]);
  });

  it("runs at once outside a transaction, and a failing wake does not fail the committed write", async () => {
    const ran: string[] = [];
    afterCommit({}, "k", () => ran.push("now"));
    expect(ran).toEqual(["now"]);
    const client = withAfterCommit(fakeClient());
    const errors = console.error;
    console.error = () => {};
    try {
      await expect(client.$transaction(async (tx) => (afterCommit(tx, "k", () => { throw new Error("boom"); }), "saved"))).resolves.toBe("saved");
    } finally {
      console.error = errors;
    }
  });
});
