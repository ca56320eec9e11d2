import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BOARD_ROW_TABLES } from "../../schemas/board-rows";
import { tablesToPage } from "../../board/board-rows";
import { generateSyntheticBoard } from "../../seed/synthetic-board";
import { BASRA_SEED_KEY, readSeedBoard } from "../../seed/read-seed-board";
import { expectDataError } from "../../testing/expect-data-error";
import { createTestDatabase, TEST_PROVIDERS, type TTestDatabase } from "../../testing/test-databases";
import { LOCAL_OWNER } from "../actor";
import { importSeedBoard } from "../seed/import-seed-board";
import { getBoardArticleText } from "./get-board-article-text";
import { FIRST_SLICE, getBoardPageView } from "./get-board-page-view";
import { getBoardRowsCursors } from "./get-board-rows-cursors";
import { getBoardRowsPage } from "./get-board-rows-page";
import { getBoardView } from "./get-board-view";
import { deleteClaim } from "../claims/delete-claim";
import { deleteEvidence } from "../evidence/delete-evidence";
import { deleteEvidenceLink } from "../links/delete-evidence-link";

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
    // Claims past the first slice with every optional field set, and three sharing a start (ordered longest first),
    // so the pages are compared with the whole board on more than the seed's defaults.
    const later = await database.db.claim.findMany({ where: { boardId: largeId }, orderBy: { number: "asc" }, skip: 500, take: 3 });
    const start = later[0]!.positionStart;
    for (const [i, claim] of later.entries()) {
      await database.db.claim.update({
        where: { id: claim.id },
        data: {
          positionStart: start, positionEnd: start + 10 + i, checkable: i !== 1, stage: "published", verdict: "mostly_accurate",
          verdictRationale: "Checked against the ledger.", proposedVerdict: i === 2 ? null : "false", proposedRationale: "Ledger",
          proposedById: "someone", approvedById: "someone else", publishedAt: new Date(Date.UTC(2026, 0, 2, 3, 4, 5, 678)), dueOn: "2026-12-31",
        },
      });
    }
  });
  afterAll(async () => {
    await database?.drop();
  });

  it("is the whole board for a board within the first slice (Basra), as before, but for the article's text", async () => {
    const page = await getBoardPageView(database.db, owner, basraId);
    expect(page.complete).toBe(true);
    const { text, ...details } = (await getBoardView(database.db, owner, basraId)).article;
    expect(page.board).toEqual({ ...(await getBoardView(database.db, owner, basraId)), article: details });
    expect(page.board.article).not.toHaveProperty("text");
    // The pages that show the article read its text on their own, as authorized as the rest.
    expect(await getBoardArticleText(database.db, owner, basraId)).toBe(text);
  });

  it("leaves a large board's article text out of its page and reads it only for those who may read the board", async () => {
    const page = await getBoardPageView(database.db, owner, largeId);
    expect(page.board.article).not.toHaveProperty("text");
    expect(JSON.stringify(page.board)).not.toContain(large.text.slice(0, 200));
    expect(await getBoardArticleText(database.db, owner, largeId)).toBe(large.text);
    await expectDataError(getBoardArticleText(database.db, { userId: "x", roles: { elsewhere: "owner" } }, largeId), "not_found");
    await expectDataError(getBoardArticleText(database.db, owner, "no-such-board"), "not_found");
  });

  it("carries a bounded, self-consistent first slice of a large board, and its pages add up to the whole board", async () => {
    const page = await getBoardPageView(database.db, owner, largeId);
    const whole = await getBoardView(database.db, owner, largeId);
    expect(page.complete).toBe(false);
    expect(page.totals).toMatchObject({ claims: 2_000, evidence: 600, links: 4_500, relations: 500 });
    expect(page.board.claims).toEqual(whole.claims.slice(0, FIRST_SLICE.claims));
    expect(page.board.article).toEqual({ ...whole.article, text: undefined });
    const claimIds = new Set(page.board.claims.map((c) => c.id));
    const evidenceIds = new Set(page.board.evidence.map((e) => e.id));
    for (const link of page.board.links) expect(claimIds.has(link.claimId) && evidenceIds.has(link.evidenceId)).toBe(true);
    for (const r of page.board.relations) expect(claimIds.has(r.fromClaimId) && claimIds.has(r.toClaimId)).toBe(true);
    expect(page.board.links.length).toBeGreaterThan(0);
    // Bounded: the slice is a small part of the whole, whatever the board's size.
    expect(JSON.stringify(page.board).length).toBeLessThan(JSON.stringify(whole).length / 4);

    const paged = tablesToPage(page.totals!);
    // The synthetic board has no undercuts, premise groups, saved positions or corrections: the client asks nothing of those.
    expect(BOARD_ROW_TABLES.filter((table) => !paged.includes(table))).toEqual(["undercuts", "premiseGroups", "positions", "corrections"]);
    for (const table of BOARD_ROW_TABLES) {
      if (!paged.includes(table)) {
        expect(page.cursors?.[table], table).toEqual([]);
        expect(Object.values(whole[table]), table).toEqual([]);
        continue;
      }
      const rows: unknown[] = [];
      const asked: (string | null)[] = [];
      let after: string | null = null;
      do {
        asked.push(after);
        const rowsPage = await getBoardRowsPage(database.db, owner, largeId, table, after);
        expect(rowsPage.total).toBe(page.totals[table]);
        rows.push(...rowsPage.rows);
        after = rowsPage.nextCursor;
      } while (after !== null);
      // The page listed beforehand every cursor the client asks for, so its early fetches are the ones used.
      expect(page.cursors?.[table], table).toEqual(asked);
      const expected =
        table === "positions" ? Object.entries(whole.positions).map(([nodeId, p]) => ({ nodeId, ...p })) : whole[table];
      expect(rows, table).toEqual(expected);
    }
  });

  it("ends a table on its last full page when its size is a multiple of the page, and lists no empty page beforehand", async () => {
    const page = await getBoardPageView(database.db, owner, largeId);
    const cursors = await getBoardRowsCursors(database.db, largeId, page.totals!, { pageSize: 500 });
    // 2,000 claims are four pages of 500; 600 evidence items are two (500 and 100).
    for (const [table, pages] of [["claims", [500, 500, 500, 500]], ["evidence", [500, 100]]] as const) {
      const sizes: number[] = [];
      const asked: (string | null)[] = [];
      let after: string | null = null;
      do {
        asked.push(after);
        const rowsPage = await getBoardRowsPage(database.db, owner, largeId, table, after, { pageSize: 500 });
        sizes.push(rowsPage.rows.length);
        after = rowsPage.nextCursor;
      } while (after !== null);
      expect(sizes, table).toEqual(pages);
      expect(cursors[table], table).toEqual(asked);
    }
  });

  it("pages only for those who may read the board", async () => {
    await expectDataError(getBoardRowsPage(database.db, { userId: "x", roles: { elsewhere: "owner" } }, largeId, "claims", null), "not_found");
  });

  it("loses no row and repeats none when rows are deleted while a client pages", async () => {
    const boardId = (await importSeedBoard(database.db, generateSyntheticBoard({ claims: 120, evidence: 40, links: 150, relations: 30, seed: 9 })))
      .boardId;
    for (const table of ["claims", "links", "evidence"] as const) {
      const seen: { id: string }[] = [];
      const deleted = new Set<string>();
      let after: string | null = null;
      let pages = 0;
      do {
        // The board has 40 evidence items: smaller pages, so some are still unsent after the second.
        const rowsPage = await getBoardRowsPage(database.db, owner, boardId, table, after, { pageSize: table === "evidence" ? 10 : 25 });
        seen.push(...(rowsPage.rows as { id: string }[]));
        after = rowsPage.nextCursor;
        pages++;
        if (pages === 2) {
          // Another member deletes rows already sent (which moves every later row up) and one not yet sent.
          const sent = seen.slice(0, 30).filter((_, i) => i % 3 === 0);
          const notSent = { where: { boardId, id: { notIn: seen.map((row) => row.id) } }, select: { id: true }, take: 1 };
          const unsent = (
            table === "claims"
              ? await database.db.claim.findMany(notSent)
              : table === "links"
                ? await database.db.evidenceLink.findMany(notSent)
                : await database.db.evidence.findMany(notSent)
          )[0]!;
          for (const { id } of [...sent, unsent]) {
            if (table === "claims") await deleteClaim(database.db, owner, boardId, id);
            else if (table === "links") await deleteEvidenceLink(database.db, owner, boardId, id);
            else await deleteEvidence(database.db, owner, boardId, id);
            deleted.add(id);
          }
        }
      } while (after !== null);
      const ids = seen.map((row) => row.id);
      expect(new Set(ids).size, `${table}: no row twice`).toBe(ids.length);
      const remaining = await getBoardView(database.db, owner, boardId);
      const stillThere = remaining[table].map((row) => row.id);
      // Every row that was never deleted arrived; the deleted one not yet sent did not.
      expect(ids.filter((id) => !deleted.has(id)), table).toEqual(stillThere);
      expect(ids.filter((id) => deleted.has(id))).toHaveLength(deleted.size - 1);
    }
  });

  it("refuses a cursor it did not give, or one for another table", async () => {
    const first = await getBoardRowsPage(database.db, owner, largeId, "links", null);
    expect(first.nextCursor).not.toBeNull();
    await expectDataError(getBoardRowsPage(database.db, owner, largeId, "claims", first.nextCursor), "invalid");
    await expectDataError(getBoardRowsPage(database.db, owner, largeId, "links", "not-a-cursor"), "invalid");
    await expectDataError(getBoardRowsPage(database.db, owner, largeId, "links", Buffer.from('{"table":"links","key":{"id":1}}').toString("base64url")), "invalid");
  });
});
