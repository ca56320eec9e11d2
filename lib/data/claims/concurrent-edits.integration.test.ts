import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BASRA_SEED_KEY, readSeedBoard } from "../../seed/read-seed-board";
import { createTestDatabase, TEST_PROVIDERS, type TTestDatabase } from "../../testing/test-databases";
import type { TActor } from "../actor";
import { listActivity } from "../activity/list-activity";
import { DataError } from "../errors";
import { importSeedBoard } from "../seed/import-seed-board";
import { updateClaim } from "./update-claim";

const EDITORS = 50;
const editor = (n: number): TActor => ({ userId: `editor-${n}`, roles: { "*": "editor" } });

describe.each(TEST_PROVIDERS)("50 simultaneous conflicting edits on %s", (provider) => {
  let database: TTestDatabase;
  let boardId: string;
  beforeAll(async () => {
    database = await createTestDatabase(provider);
    boardId = (await importSeedBoard(database.db, readSeedBoard(BASRA_SEED_KEY))).boardId;
  });
  afterAll(async () => {
    await database?.drop();
  });

  it("lets exactly one of 50 saves from the same version win; the rest get 409 and the log has one entry", async () => {
    const claim = await database.db.claim.findFirstOrThrow({ where: { boardId } });
    const results = await Promise.allSettled(
      Array.from({ length: EDITORS }, (_, n) =>
        updateClaim(database.db, editor(n), boardId, claim.id, { version: claim.version, statement: `Statement ${n}` }),
      ),
    );
    const won = results.filter((r) => r.status === "fulfilled");
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(won).toHaveLength(1);
    expect(refused).toHaveLength(EDITORS - 1);
    for (const failure of refused) expect((failure.reason as DataError).status).toBe(409);

    const stored = await database.db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    const winner = (won[0] as PromiseFulfilledResult<{ statement: string }>).value;
    expect(stored.statement).toBe(winner.statement);
    expect(stored.version).toBe(claim.version + 1);
    const history = await listActivity(database.db, editor(0), boardId, { claimId: claim.id });
    expect(history).toHaveLength(1);
    expect(history[0]!.after).toMatchObject({ statement: winner.statement, version: claim.version + 1 });
  });

  it("loses none of 50 edits that retry after a conflict, and the log chains every version", async () => {
    const claim = await database.db.claim.findFirstOrThrow({ where: { boardId }, skip: 1 });
    const saveWithRetry = async (n: number) => {
      for (;;) {
        const current = await database.db.claim.findUniqueOrThrow({ where: { id: claim.id } });
        try {
          return await updateClaim(database.db, editor(n), boardId, claim.id, {
            version: current.version,
            statement: `${current.statement}[${n}]`,
          });
        } catch (error) {
          if (!(error instanceof DataError && error.status === 409)) throw error;
        }
      }
    };
    await Promise.all(Array.from({ length: EDITORS }, (_, n) => saveWithRetry(n)));

    const stored = await database.db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(stored.version).toBe(claim.version + EDITORS);
    // Every editor's addition survived: no save overwrote another.
    for (let n = 0; n < EDITORS; n++) expect(stored.statement).toContain(`[${n}]`);
    const history = (await listActivity(database.db, editor(0), boardId, { claimId: claim.id })).reverse();
    expect(history).toHaveLength(EDITORS);
    history.forEach((entry, index) => {
      expect(entry.before).toMatchObject({ version: claim.version + index });
      expect(entry.after).toMatchObject({ version: claim.version + index + 1 });
      if (index > 0) expect(entry.before).toEqual(history[index - 1]!.after);
    });
    expect(new Set(history.map((entry) => entry.actorId)).size).toBe(EDITORS);
  });
});
