import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BOARD_ROW_TABLES } from "../../schemas/board-rows";
import { generateSyntheticBoard } from "../../seed/synthetic-board";
import { expectDataError } from "../../testing/expect-data-error";
import { createTestDatabase, TEST_PROVIDERS, type TTestDatabase } from "../../testing/test-databases";
import { LOCAL_OWNER } from "../actor";
import { importSeedBoard } from "../seed/import-seed-board";
import { getBoardRowsPage } from "./get-board-rows-page";
import { getBoardRowsPageJson } from "./get-board-rows-page-json";

const board = generateSyntheticBoard({ claims: 120, evidence: 40, links: 200, relations: 60, seed: 11 });
const owner = LOCAL_OWNER;

// Text a serialiser must escape, and numbers whose shortest form needs 16 digits (SQLite's JSON keeps 15).
const AWKWARD_TEXT = 'He said "no" \\ then\nleft\ttoday \u0001 </script> — émigré 🇮🇶 ﷽';
const AWKWARD = [
  { baseScore: 1 / 3, checkworthiness: 0.1234567890123456, checkable: false },
  { baseScore: 0.7, checkworthiness: 2 / 3, checkable: true },
  { baseScore: 0, checkworthiness: 1, checkable: false },
];

describe.each(TEST_PROVIDERS)("a board's rows as the JSON the endpoint sends, on %s", (provider) => {
  let database: TTestDatabase;
  let boardId: string;

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    boardId = (await importSeedBoard(database.db, board)).boardId;
    const claims = await database.db.claim.findMany({ where: { boardId }, orderBy: { number: "asc" }, take: AWKWARD.length + 2 });
    for (const [i, fields] of AWKWARD.entries()) {
      await database.db.claim.update({
        where: { id: claims[i]!.id },
        data: {
          ...fields,
          statement: `${AWKWARD_TEXT} ${i}`,
          speaker: AWKWARD_TEXT,
          verdictRationale: AWKWARD_TEXT,
          stage: "published",
          verdict: "false",
          proposedVerdict: "false",
          proposedRationale: AWKWARD_TEXT,
          proposedById: "someone",
          approvedById: "someone else",
          publishedAt: new Date(Date.UTC(2026, 0, 2, 3, 4, 5, 6 + i)),
          dueOn: "2026-12-31",
        },
      });
    }
    // Two claims at one start: the longer first, as the reading order has it.
    const [a, b] = claims.slice(AWKWARD.length);
    await database.db.claim.update({ where: { id: a!.id }, data: { positionStart: 5, positionEnd: 9 } });
    await database.db.claim.update({ where: { id: b!.id }, data: { positionStart: 5, positionEnd: 30 } });
  });
  afterAll(async () => {
    await database?.drop();
  });

  // 120 is the whole board in one page exactly: no more after it.
  for (const pageSize of [7, 50, 120, 2_000]) {
    it(`is, page by page of ${pageSize}, exactly the page getBoardRowsPage reads, for every table`, async () => {
      for (const table of BOARD_ROW_TABLES) {
        let after: string | null = null;
        let pages = 0;
        do {
          const expected = await getBoardRowsPage(database.db, owner, boardId, table, after, { pageSize });
          const sent = JSON.parse(await getBoardRowsPageJson(database.db, owner, boardId, table, after, { pageSize }));
          expect(sent, `${table}, page ${pages + 1}`).toEqual(expected);
          after = expected.nextCursor;
          pages += 1;
        } while (after !== null);
        if (table === "claims") expect(pages).toBe(Math.ceil(board.claims.length / pageSize));
      }
    });
  }

  it("sends the awkward claims as they are stored: every digit of a score, every character, the time to the millisecond", async () => {
    const { rows } = JSON.parse(await getBoardRowsPageJson(database.db, owner, boardId, "claims", null)) as {
      rows: { statement: string; baseScore: number; checkworthiness: number; checkable: boolean; publishedAt: string | null }[];
    };
    for (const [i, fields] of AWKWARD.entries()) {
      const claim = rows.find((row) => row.statement === `${AWKWARD_TEXT} ${i}`)!;
      expect(claim).toMatchObject({ ...fields, publishedAt: new Date(Date.UTC(2026, 0, 2, 3, 4, 5, 6 + i)).toISOString() });
    }
    expect(rows.filter((row) => row.publishedAt === null)).toHaveLength(board.claims.length - AWKWARD.length);
  });

  it("is read only by those who may read the board, and refuses a cursor it did not give", async () => {
    await expectDataError(getBoardRowsPageJson(database.db, { userId: "x", roles: { elsewhere: "owner" } }, boardId, "claims", null), "not_found");
    await expectDataError(getBoardRowsPageJson(database.db, owner, boardId, "claims", "not-a-cursor"), "invalid");
    const evidence = await getBoardRowsPage(database.db, owner, boardId, "evidence", null, { pageSize: 5 });
    await expectDataError(getBoardRowsPageJson(database.db, owner, boardId, "claims", evidence.nextCursor), "invalid");
  });
});
