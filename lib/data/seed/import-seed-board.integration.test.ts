import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateSyntheticBoard } from "../../seed/synthetic-board";
import { createTestDatabase, TEST_PROVIDERS, type TTestDatabase } from "../../testing/test-databases";
import { LOCAL_OWNER } from "../actor";
import { getBoardView } from "../boards/get-board-view";
import { importSeedBoard } from "./import-seed-board";

// More rows than one insert chunk (500), so chunking is exercised.
const plan = generateSyntheticBoard({ claims: 600, evidence: 550, links: 1800, relations: 300, seed: 3 });

describe.each(TEST_PROVIDERS)("importSeedBoard of a synthetic board on %s", (provider) => {
  let database: TTestDatabase;
  let boardId: string;

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    const result = await importSeedBoard(database.db, plan);
    expect(result.created).toBe(true);
    boardId = result.boardId;
  });
  afterAll(async () => {
    await database?.drop();
  });

  it("stores every row, keeping the plan's order of evidence, links and relations", async () => {
    const board = await getBoardView(database.db, LOCAL_OWNER, boardId);
    expect(board.claims).toHaveLength(600);
    expect(board.evidence.map((e) => e.title)).toEqual(plan.evidence.map((e) => e.title));
    expect(board.links).toHaveLength(1800);
    expect(board.relations).toHaveLength(300);
    const claimKeyById = new Map(board.claims.map((c) => [c.id, plan.claims.find((p) => p.quote === c.selector.exact)!.key]));
    const evidenceKeyById = new Map(board.evidence.map((e, i) => [e.id, plan.evidence[i]!.key]));
    expect(board.links.map((l) => `${claimKeyById.get(l.claimId)}|${evidenceKeyById.get(l.evidenceId)}|${l.stance}`)).toEqual(
      plan.links.map((l) => `${l.claim}|${l.evidence}|${l.stance}`),
    );
    for (const claim of board.claims) expect(board.article.text.slice(claim.selector.start, claim.selector.end)).toBe(claim.selector.exact);
  });

  it("makes ids an id may be", async () => {
    const board = await getBoardView(database.db, LOCAL_OWNER, boardId);
    for (const id of [...board.claims, ...board.evidence, ...board.links, ...board.relations].map((row) => row.id)) {
      expect(id).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
    }
  });

  it("is idempotent by seed key, also when two imports race", async () => {
    const results = await Promise.all([importSeedBoard(database.db, plan), importSeedBoard(database.db, plan)]);
    expect(results).toEqual([
      { boardId, created: false },
      { boardId, created: false },
    ]);
    const other = generateSyntheticBoard({ claims: 3, evidence: 2, links: 4, seed: 3 });
    const [a, b] = await Promise.all([importSeedBoard(database.db, other), importSeedBoard(database.db, other)]);
    expect(a.boardId).toBe(b.boardId);
    expect([a.created, b.created].sort()).toEqual([false, true]);
    expect(await database.db.board.count({ where: { seedKey: other.seedKey } })).toBe(1);
  });
});
