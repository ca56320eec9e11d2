import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeTextAnchor } from "../../anchoring/describe-text-anchor";
import { ZCommentCreateInput } from "../../comments/comment-input";
import { readSearchQuery } from "../../search/search-query";
import type { TSearchResult } from "../../search/types";
import { BASRA_SEED_KEY, readSeedBoard } from "../../seed/read-seed-board";
import { generateSyntheticBoard } from "../../seed/synthetic-board";
import { createTestDatabase, TEST_PROVIDERS, type TTestDatabase } from "../../testing/test-databases";
import { createTestMember, createTestOutsider, type TTestMember } from "../../testing/test-members";
import { LOCAL_OWNER, type TActor } from "../actor";
import { setBoardVisibility } from "../boards/set-board-visibility";
import { createClaim } from "../claims/create-claim";
import { deleteClaim } from "../claims/delete-claim";
import { updateClaim } from "../claims/update-claim";
import { createComment } from "../comments/create-comment";
import { deleteComment } from "../comments/delete-comment";
import { createEvidence } from "../evidence/create-evidence";
import { updateEvidence } from "../evidence/update-evidence";
import { importSeedBoard, insertBoardPlan } from "../seed/import-seed-board";
import { searchBoards } from "./search-boards";

const signedOut: TActor = { userId: null, roles: {} };

describe.each(TEST_PROVIDERS)("search across boards on %s", (provider) => {
  let database: TTestDatabase;
  let publicBoard: string;
  let privateBoard: string;
  let otherBoard: string;
  let member: TTestMember;
  let stranger: TTestMember;
  let text: string;

  const search = async (actor: TActor, q: string): Promise<TSearchResult[]> => {
    const read = readSearchQuery(q);
    if (!read.ok) throw new Error(read.problem);
    return searchBoards(database.db, actor, read.terms);
  };
  const kinds = (results: TSearchResult[]) => results.map((result) => `${result.kind}:${result.board.id}`);
  const claimAt = (boardId: string, statement: string, start: number, end: number) =>
    createClaim(database.db, LOCAL_OWNER, boardId, { statement, selector: describeTextAnchor(text, start, end), speaker: "", kind: "other", checkable: true, checkworthiness: 0.5 });

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    const basra = readSeedBoard(BASRA_SEED_KEY);
    publicBoard = (await importSeedBoard(database.db, basra)).boardId;
    const { workspaceId } = await database.db.board.findUniqueOrThrow({ where: { id: publicBoard } });
    // A private copy in the same workspace, and one in a workspace of its own.
    privateBoard = await insertBoardPlan(database.db, basra, { seedKey: null, workspaceId });
    const otherWorkspace = await database.db.workspace.create({ data: { slug: "other", name: "Other newsroom" } });
    otherBoard = await insertBoardPlan(database.db, basra, { seedKey: null, workspaceId: otherWorkspace.id });
    await setBoardVisibility(database.db, LOCAL_OWNER, publicBoard, "public");
    await setBoardVisibility(database.db, LOCAL_OWNER, privateBoard, "private");
    await setBoardVisibility(database.db, LOCAL_OWNER, otherBoard, "private");
    member = await createTestMember(database.db, workspaceId, "editor", "Eda Editor");
    stranger = await createTestOutsider(database.db);
    text = (await database.db.article.findUniqueOrThrow({ where: { boardId: publicBoard } })).text;
  });
  afterAll(async () => {
    await database?.drop();
  });

  it("finds a claim by a phrase of its quote, with its board, number and permalink", async () => {
    const results = await search(member.actor, "1,600 had been hoping");
    const claims = results.filter((result) => result.kind === "claim");
    expect(claims.map((result) => result.board.id).sort()).toEqual([publicBoard, privateBoard].sort());
    const first = claims[0]!;
    if (first.kind !== "claim") throw new Error("not a claim");
    expect(first.excerpt).toContain("Some 1,600 had been hoping");
    const stored = await database.db.claim.findUniqueOrThrow({ where: { id: first.id } });
    expect(first.number).toBe(stored.number);
    expect(first.permalink).toBe(`/boards/${first.board.id}/claims/${stored.number}`);
    expect(first.board.title).toMatch(/^The battle for Basra/);
  });

  it("lets a signed-out reader and an outsider find only the public board's claims and evidence, never comments", async () => {
    const claim = await database.db.claim.findFirstOrThrow({ where: { boardId: publicBoard }, orderBy: { number: "asc" } });
    await createComment(database.db, member.actor, publicBoard, claim.id, ZCommentCreateInput.parse({ body: "Checked the wombatical ledger twice." }));
    expect(kinds(await search(member.actor, "wombatical"))).toEqual([`comment:${publicBoard}`]);
    for (const actor of [signedOut, stranger.actor]) {
      expect(await search(actor, "wombatical")).toEqual([]);
      const boards = new Set((await search(actor, "Basra")).map((result) => result.board.id));
      expect([...boards]).toEqual([publicBoard]);
    }
    // The member also finds their workspace's private board, never the other workspace's.
    const boards = new Set((await search(member.actor, "Basra")).map((result) => result.board.id));
    expect([...boards].sort()).toEqual([publicBoard, privateBoard].sort());
  });

  it("keeps the index in step with creates, edits and deletes of claims, evidence and comments", async () => {
    const claim = await claimAt(privateBoard, "The quagga count was never published", 0, 12);
    expect((await search(member.actor, "quagga")).map((r) => r.id)).toEqual([claim.id]);
    await updateClaim(database.db, LOCAL_OWNER, privateBoard, claim.id, { version: claim.version, statement: "The okapi count was never published" });
    expect(await search(member.actor, "quagga")).toEqual([]);
    expect((await search(member.actor, "okapi")).map((r) => r.id)).toEqual([claim.id]);
    const comment = await createComment(database.db, member.actor, privateBoard, claim.id, ZCommentCreateInput.parse({ body: "Ask the narwhalian desk." }));
    expect((await search(member.actor, "narwhalian")).map((r) => r.kind)).toEqual(["comment"]);
    await deleteComment(database.db, member.actor, privateBoard, claim.id, comment.id);
    expect(await search(member.actor, "narwhalian")).toEqual([]);
    await deleteClaim(database.db, LOCAL_OWNER, privateBoard, claim.id);
    expect(await search(member.actor, "okapi")).toEqual([]);

    const evidence = await createEvidence(database.db, LOCAL_OWNER, privateBoard, { title: "Pangolin survey", publisher: "Aardvark Gazette", url: "https://example.org/tapir", excerpt: "Counted 40 ibexes.", sourceType: "news_report", reliability: 3, provenance: "" } as never);
    for (const word of ["pangolin", "aardvark", "tapir", "ibexes"]) expect((await search(member.actor, word)).map((r) => `${r.kind}:${r.id}`)).toEqual([`evidence:${evidence.id}`]);
    await updateEvidence(database.db, LOCAL_OWNER, privateBoard, evidence.id, { version: evidence.version, title: "Manatee survey" });
    expect(await search(member.actor, "pangolin")).toEqual([]);
    expect((await search(member.actor, "manatee")).map((r) => r.id)).toEqual([evidence.id]);
  });

  it("drops a deleted board's rows from the index, and never shows a board still being imported", async () => {
    const plan = generateSyntheticBoard({ claims: 3, evidence: 1, links: 1, relations: 0, seed: 3 });
    plan.claims[0]!.statement = "The capybara index rose";
    const id = await insertBoardPlan(database.db, plan, { seedKey: null });
    expect((await search(LOCAL_OWNER, "capybara")).map((r) => r.board.id)).toEqual([id]);
    await database.db.board.update({ where: { id }, data: { importing: true } });
    expect(await search(LOCAL_OWNER, "capybara")).toEqual([]);
    await database.db.board.delete({ where: { id } });
    if (provider === "sqlite") {
      const [{ n }] = await database.db.$queryRawUnsafe<[{ n: bigint | number }]>(`SELECT COUNT(*) AS n FROM "SearchText" WHERE "SearchText" MATCH 'capybara'`);
      expect(Number(n)).toBe(0);
    }
  });

  it("ranks a claim that says the word above one that only quotes it", async () => {
    const quoted = text.indexOf("Sunday");
    const saying = await claimAt(privateBoard, "Sunday Sunday: the ceasefire day", 20, 40);
    const quoting = await claimAt(privateBoard, "The fighting stopped", quoted, quoted + "Sunday".length);
    const ids = (await search(member.actor, "sunday")).filter((r) => r.board.id === privateBoard).map((r) => r.id);
    expect(ids.indexOf(saying.id)).toBeLessThan(ids.indexOf(quoting.id));
    expect(ids.indexOf(saying.id)).toBeGreaterThanOrEqual(0);
  });

  it("finds the reader's best matches even when far better ones are all on boards they may not see", async () => {
    // Six private claims that say the word outrank the public one that only quotes it; with a limit of 1 the
    // first ranking (a few times the limit) holds only private ones, so the reader's one match needs the second.
    const hidden = [];
    for (let i = 0; i < 6; i++) hidden.push(await claimAt(otherBoard, `Zebu zebu zebu count ${i}`, i * 20, i * 20 + 10));
    const at = text.indexOf("Basra");
    const shown = await claimAt(publicBoard, "A statement about zebu herds", at, at + "Basra".length);
    const limit = { limit: 1 };
    const read = readSearchQuery("zebu");
    if (!read.ok) throw new Error(read.problem);
    expect((await searchBoards(database.db, LOCAL_OWNER, read.terms, limit)).map((r) => r.id)).not.toEqual([shown.id]);
    expect((await searchBoards(database.db, signedOut, read.terms, limit)).map((r) => r.id)).toEqual([shown.id]);
    const all = (await searchBoards(database.db, LOCAL_OWNER, read.terms)).map((r) => r.id);
    expect(all.slice(0, 6).sort()).toEqual(hidden.map((claim) => claim.id).sort());
    expect(all[6]).toBe(shown.id);
  });

  it("gives a comment its claim's number and permalink, and evidence its publisher in the excerpt", async () => {
    const claim = await claimAt(privateBoard, "The gharial census", 0, 12);
    const comment = await createComment(database.db, member.actor, privateBoard, claim.id, ZCommentCreateInput.parse({ body: "Ask the axolotl desk." }));
    const [found] = await search(member.actor, "axolotl");
    expect(found).toEqual({
      kind: "comment", id: comment.id, board: { id: privateBoard, title: expect.any(String) }, title: "The gharial census",
      excerpt: "Ask the axolotl desk.", href: `/boards/${privateBoard}/claims/${claim.number}`,
      claim: { id: claim.id, number: claim.number, permalink: `/boards/${privateBoard}/claims/${claim.number}` },
    });
    const evidence = await createEvidence(database.db, LOCAL_OWNER, privateBoard, { title: "Dugong survey", publisher: "Sirenia Weekly", url: "https://example.org/d", excerpt: "Counted 12.", sourceType: "news_report", reliability: 3, provenance: "" } as never);
    expect(await search(member.actor, "dugong")).toEqual([
      { kind: "evidence", id: evidence.id, board: { id: privateBoard, title: expect.any(String) }, title: "Dugong survey", excerpt: "Sirenia Weekly · Counted 12.", href: `/boards/${privateBoard}` },
    ]);
  });

  it("treats query syntax as plain words on both databases: no operator, quote or star is an error", async () => {
    for (const q of ['"', "basra*", "NEAR(basra troops)", "basra OR troops", "-basra", "basra AND NOT", "'basra'", "troops:*", "a & b | !c", "(basra", "^basra", "{title}: basra", "basra\\", "🙂 basra"]) {
      const read = readSearchQuery(q);
      if (!read.ok) continue;
      await expect(searchBoards(database.db, member.actor, read.terms)).resolves.toBeInstanceOf(Array);
    }
    // Prefix matching for the last word, as a search box is typed into.
    expect((await search(member.actor, "Bas")).length).toBeGreaterThan(0);
  });
});
