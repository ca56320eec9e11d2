import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { boardPlanToExport } from "../../export/board-plan-to-export";
import { generateSyntheticBoard } from "../../seed/synthetic-board";
import { BASRA_SEED_KEY, readSeedBoard } from "../../seed/read-seed-board";
import { expectDataError } from "../../testing/expect-data-error";
import { createTestDatabase, TEST_PROVIDERS, type TTestDatabase } from "../../testing/test-databases";
import { LOCAL_OWNER } from "../actor";
import { importSeedBoard } from "../seed/import-seed-board";
import { getBoardExport } from "./get-board-export";
import { getBoardView } from "./get-board-view";
import { importBoard, type TImportProgress } from "./import-board";
import { listBoards } from "./list-boards";
import { setBoardVisibility } from "./set-board-visibility";

// Thousands of rows: many slices to check and many batches to write (500 rows each).
const plan = generateSyntheticBoard({ claims: 1_200, evidence: 800, links: 3_000, relations: 400, seed: 11 });
const rowsTotal = 1_200 + 800 + 3_000 + 400;
const owner = LOCAL_OWNER;

describe.each(TEST_PROVIDERS)("importBoard of a large board on %s", (provider) => {
  let database: TTestDatabase;
  let workspaceId: string;
  let basraId: string;

  /** Row counts of every table an import writes to. */
  const fingerprint = async () => {
    const { db } = database;
    const [boards, articles, claims, evidence, links, relations, activity] = await Promise.all([
      db.board.count(),
      db.article.count(),
      db.claim.count(),
      db.evidence.count(),
      db.evidenceLink.count(),
      db.claimRelation.count(),
      db.activityEntry.count(),
    ]);
    return { boards, articles, claims, evidence, links, relations, activity };
  };

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    basraId = (await importSeedBoard(database.db, readSeedBoard(BASRA_SEED_KEY))).boardId;
    workspaceId = (await database.db.board.findUniqueOrThrow({ where: { id: basraId } })).workspaceId;
  });
  afterAll(async () => {
    await database?.drop();
  });

  it("keeps the board hidden until every row is in, reports progress, and lets other writes through meanwhile", async () => {
    const visibleBefore = (await listBoards(database.db, owner)).map((b) => b.id);
    const progress: TImportProgress[] = [];
    let hiddenChecks = 0;
    let otherWrites = 0;
    const pause = async () => {
      const last = progress.at(-1);
      if (last?.phase !== "saving" || last.done === 0 || last.done === last.total) return;
      // Mid-write: rows are in the database, yet no one can list or open the board.
      const hidden = await database.db.board.findFirstOrThrow({ where: { importing: true }, select: { id: true } });
      expect((await listBoards(database.db, owner)).map((b) => b.id)).toEqual(visibleBefore);
      await expectDataError(getBoardView(database.db, owner, hidden.id), "not_found");
      hiddenChecks += 1;
      // No transaction spans the batches: another write goes through at once (one would wait for it to end).
      // Every other check, so more than 5 checks always make more than 2 writes (batches are sized by time).
      if (hiddenChecks % 2 === 1) {
        await setBoardVisibility(database.db, owner, basraId, otherWrites % 2 === 0 ? "public" : "private");
        otherWrites += 1;
      }
    };
    const { id } = await importBoard(database.db, owner, boardPlanToExport(plan), {
      workspaceId,
      onProgress: (p) => progress.push(p),
      pause,
    });

    expect(hiddenChecks).toBeGreaterThan(5);
    expect(otherWrites).toBeGreaterThan(2);
    expect(progress[0]).toMatchObject({ phase: "checking", total: rowsTotal });
    expect(progress.filter((p) => p.phase === "checking").at(-1)).toEqual({ phase: "checking", done: rowsTotal, total: rowsTotal });
    expect(progress.at(-1)).toEqual({ phase: "saving", done: rowsTotal, total: rowsTotal });
    expect(progress.map((p) => (p.phase === "checking" ? 0 : 1) * 1e9 + p.done)).toEqual(
      [...progress.map((p) => (p.phase === "checking" ? 0 : 1) * 1e9 + p.done)].sort((a, b) => a - b),
    );

    expect((await listBoards(database.db, owner)).map((b) => b.id)).toEqual([...visibleBefore, id]);
    const board = await getBoardView(database.db, owner, id);
    expect([board.claims.length, board.evidence.length, board.links.length, board.relations.length]).toEqual([1_200, 800, 3_000, 400]);
    const created = await database.db.activityEntry.findMany({ where: { boardId: id } });
    expect(created).toHaveLength(1);
  });

  it("stores every field as the file has it, typed as Prisma writes it, and exports the same board again", async () => {
    const small = generateSyntheticBoard({ claims: 40, evidence: 30, links: 60, relations: 20, seed: 5 });
    const exported = boardPlanToExport(small);
    // Values the synthetic board may not cover: nulls, a decimal, false, quotes and non-ASCII text.
    exported.claims[0] = { ...exported.claims[0]!, checkable: false, checkworthiness: 0.125, speaker: `O'Brien "quoted" — café`, verdictRationale: "" };
    exported.evidence[0] = { ...exported.evidence[0]!, url: null, publisher: null, publishedOn: null, reliability: 5 };
    const started = new Date();
    const { id } = await importBoard(database.db, owner, exported, { workspaceId });

    const claim = await database.db.claim.findFirstOrThrow({ where: { boardId: id, speaker: exported.claims[0]!.speaker } });
    expect(claim).toMatchObject({ checkable: false, checkworthiness: 0.125, stage: "unassigned", version: 1, assigneeId: null, publishedAt: null });
    expect(claim.createdAt).toBeInstanceOf(Date);
    expect(claim.createdAt.getTime()).toBeGreaterThanOrEqual(started.getTime() - 1_000);
    expect(claim.updatedAt).toEqual(claim.createdAt);
    const evidence = await database.db.evidence.findFirstOrThrow({ where: { boardId: id, title: exported.evidence[0]!.title } });
    expect(evidence).toMatchObject({ url: null, publisher: null, publishedOn: null, reliability: 5, version: 1 });

    const again = await getBoardExport(database.db, owner, id);
    // Ids are new on import; a file without base scores or numbers gets 0.5 and 1..n; strength is computed, not
    // stored; everything else comes back as it went in.
    expect(again.claims.map((claim) => claim.number).sort((a, b) => a! - b!)).toEqual(exported.claims.map((_, i) => i + 1));
    const withoutIds = (board: typeof exported) => ({
      claims: board.claims.map((claim) => ({ ...claim, id: undefined, number: undefined, strength: undefined, baseScore: claim.baseScore ?? 0.5 })),
      evidence: board.evidence.map((item) => ({ ...item, id: undefined })),
      links: board.links.length,
      relations: board.relations.map((relation) => ({ ...relation, id: undefined, fromClaimId: undefined, toClaimId: undefined })),
    });
    expect(withoutIds(again as typeof exported)).toEqual(withoutIds(exported));
  });

  it("leaves nothing when the import fails after some batches are written", async () => {
    const before = await fingerprint();
    let batches = 0;
    const failing = async () => {
      batches += 1;
      if (batches === 12) throw new Error("the connection dropped");
    };
    await expect(importBoard(database.db, owner, boardPlanToExport(plan), { workspaceId, pause: failing })).rejects.toThrow(
      "the connection dropped",
    );
    // Past the 7 slices of checking, so 5 batches of rows were written before it failed.
    expect(batches).toBe(12);
    expect(await fingerprint()).toEqual(before);
  });

  it("refuses a file with one bad row near its end, naming the row, and writes nothing", async () => {
    const before = await fingerprint();
    const exported = boardPlanToExport(plan) as unknown as { claims: { kind: string }[] };
    exported.claims[1_190]!.kind = "guesswork";
    const error = await expectDataError(importBoard(database.db, owner, exported, { workspaceId }), "invalid");
    expect(error.message).toMatch(/claims\.1190\.kind/);
    expect(await fingerprint()).toEqual(before);
  });

  it("deletes a board left hidden by an import cut off long ago, when the next import starts", async () => {
    // What a server stopped mid-import leaves: a hidden board with some of its rows, and no activity yet.
    const cutOff = async (createdAt: Date) =>
      database.db.board.create({
        data: {
          workspaceId,
          title: "Cut off",
          importing: true,
          createdAt,
          article: { create: { text: "Some text.", contentHash: "0" } },
          claims: { create: { number: 1, statement: "Some", quoteExact: "Some", quotePrefix: "", quoteSuffix: " text.", positionStart: 0, positionEnd: 4, kind: "other", checkworthiness: 0.5 } },
        },
      });
    const abandoned = await cutOff(new Date(Date.now() - 2 * 60 * 60 * 1000));
    const recent = await cutOff(new Date());
    const small = generateSyntheticBoard({ claims: 3, evidence: 2, links: 3, relations: 1, seed: 2 });
    await importBoard(database.db, owner, boardPlanToExport(small), { workspaceId });
    expect(await database.db.board.findUnique({ where: { id: abandoned.id } })).toBeNull();
    expect(await database.db.claim.count({ where: { boardId: abandoned.id } })).toBe(0);
    // One under way now is left to finish.
    expect(await database.db.board.findUnique({ where: { id: recent.id } })).not.toBeNull();
  });
});
