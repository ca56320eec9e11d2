import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BOARD_ROW_TABLES } from "../../schemas/board-rows";
import { generateSyntheticBoard } from "../../seed/synthetic-board";
import { BASRA_SEED_KEY, readSeedBoard } from "../../seed/read-seed-board";
import { expectDataError } from "../../testing/expect-data-error";
import { createTestDatabase, TEST_PROVIDERS, type TTestDatabase } from "../../testing/test-databases";
import { LOCAL_OWNER } from "../actor";
import { importSeedBoard } from "../seed/import-seed-board";
import { FIRST_SLICE, getBoardPageView } from "./get-board-page-view";
import { getBoardRowsPage } from "./get-board-rows-page";
import { getBoardView } from "./get-board-view";

const large = generateSyntheticBoard({ claims: 2_000, evidence: 600, links: 4_500, relations: 500, seed: 4 });
const owner = LOCAL_OWNER;

describe.each(TEST_PROVIDERS)("a board page's view on %s", (provider) => {
  let database: TTestDatabase;
  let basraId: string;
  let largeId: string;

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    basraId = (await importSeedBoard(database.db, readSeedBoard(BASRA_SEED_KEY))).boardId;
    largeId = (await importSeedBoard(database.db, large)).boardId;
  });
  afterAll(async () => {
    await database?.drop();
  });

  it("is the whole board for a board within the first slice (Basra), as before", async () => {
    const page = await getBoardPageView(database.db, owner, basraId);
    expect(page.complete).toBe(true);
    expect(page.board).toEqual(await getBoardView(database.db, owner, basraId));
  });

  it("carries a bounded, self-consistent first slice of a large board, and its pages add up to the whole board", async () => {
    const page = await getBoardPageView(database.db, owner, largeId);
    const whole = await getBoardView(database.db, owner, largeId);
    expect(page.complete).toBe(false);
    expect(page.totals).toMatchObject({ claims: 2_000, evidence: 600, links: 4_500, relations: 500 });
    expect(page.board.claims).toEqual(whole.claims.slice(0, FIRST_SLICE.claims));
    const claimIds = new Set(page.board.claims.map((c) => c.id));
    const evidenceIds = new Set(page.board.evidence.map((e) => e.id));
    for (const link of page.board.links) expect(claimIds.has(link.claimId) && evidenceIds.has(link.evidenceId)).toBe(true);
    for (const r of page.board.relations) expect(claimIds.has(r.fromClaimId) && claimIds.has(r.toClaimId)).toBe(true);
    expect(page.board.links.length).toBeGreaterThan(0);
    // Bounded: the slice is a small part of the whole, whatever the board's size.
    expect(JSON.stringify(page.board).length).toBeLessThan(JSON.stringify(whole).length / 4);

    for (const table of BOARD_ROW_TABLES) {
      const rows: unknown[] = [];
      for (let offset: number | null = 0; offset !== null; ) {
        const rowsPage = await getBoardRowsPage(database.db, owner, largeId, table, offset);
        expect(rowsPage.total).toBe(page.totals[table]);
        rows.push(...rowsPage.rows);
        offset = rowsPage.nextOffset;
      }
      const expected =
        table === "positions" ? Object.entries(whole.positions).map(([nodeId, p]) => ({ nodeId, ...p })) : whole[table];
      expect(rows, table).toEqual(expected);
    }
  });

  it("pages only for those who may read the board", async () => {
    await expectDataError(getBoardRowsPage(database.db, { userId: "x", roles: { elsewhere: "owner" } }, largeId, "claims", 0), "not_found");
  });
});
