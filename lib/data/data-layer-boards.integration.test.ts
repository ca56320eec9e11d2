import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZEvidenceCreateInput } from "../schemas/evidence";
import { BASRA_SEED_KEY, readSeedBoard } from "../seed/read-seed-board";
import { createTestDatabase, TEST_PROVIDERS, type TTestDatabase } from "../testing/test-databases";
import { LOCAL_OWNER, type TActor } from "./actor";
import { ZBoardCreateInput } from "../schemas/board";
import { createBoard } from "./boards/create-board";
import { importBoard } from "./boards/import-board";
import { getBoardExport } from "./boards/get-board-export";
import { getBoardView } from "./boards/get-board-view";
import { listBoards } from "./boards/list-boards";
import { deleteClaim } from "./claims/delete-claim";
import { updateClaim } from "./claims/update-claim";
import { createEvidence } from "./evidence/create-evidence";
import { saveNodePositions } from "./positions/save-node-positions";
import { createClaimRelation } from "./relations/create-claim-relation";
import { deleteClaimRelation } from "./relations/delete-claim-relation";
import { updateClaimRelation } from "./relations/update-claim-relation";
import { importSeedBoard } from "./seed/import-seed-board";
import { listActivity } from "./activity/list-activity";
import { expectDataError } from "../testing/expect-data-error";
import { countArgumentRecords, findSeedClaim } from "../testing/seed-board-records";

const plan = readSeedBoard(BASRA_SEED_KEY);
const owner = LOCAL_OWNER;

describe.each(TEST_PROVIDERS)("data layer: argument, positions, boards and authorization on %s", (provider) => {
  let database: TTestDatabase;
  let boardId: string;
  let workspaceId: string;

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    const seeded = await importSeedBoard(database.db, plan);
    boardId = seeded.boardId;
    workspaceId = (await database.db.board.findUniqueOrThrow({ where: { id: boardId } })).workspaceId;
  });
  afterAll(async () => {
    await database?.drop();
  });

  const counts = () => countArgumentRecords(database.db);
  const claimByKey = (key: string) => findSeedClaim(database.db, plan, boardId, key);

  describe("the article's argument", () => {
    it("relates two claims, refuses the same relation twice, changes and removes it", async () => {
      const from = await claimByKey("cheney-baghdad-visit");
      const to = await claimByKey("americans-approved-assault");
      const relation = await createClaimRelation(database.db, owner, boardId, { fromClaimId: from.id, toClaimId: to.id, type: "supports", note: "" });
      expect(relation).toMatchObject({ fromClaimId: from.id, toClaimId: to.id, type: "supports" });
      const before = await counts();
      await expectDataError(
        createClaimRelation(database.db, owner, boardId, { fromClaimId: from.id, toClaimId: to.id, type: "attacks", note: "" }),
        "conflict",
      );
      expect(await counts()).toEqual(before);
      expect((await updateClaimRelation(database.db, owner, boardId, relation.id, { type: "attacks" })).type).toBe("attacks");
      await deleteClaimRelation(database.db, owner, boardId, relation.id);
      expect(await database.db.claimRelation.findUnique({ where: { id: relation.id } })).toBeNull();
    });

    it("refuses relations naming unknown claims", async () => {
      const claim = await claimByKey("assault-foolish");
      await expectDataError(
        createClaimRelation(database.db, owner, boardId, { fromClaimId: claim.id, toClaimId: "missing", type: "supports", note: "" }),
        "not_found",
      );
      await expectDataError(deleteClaimRelation(database.db, owner, boardId, "missing"), "not_found");
    });
  });

  describe("graph positions", () => {
    it("saves dragged positions, and a direction change replaces them all", async () => {
      const [a, b] = await database.db.claim.findMany({ where: { boardId }, take: 2 });
      await saveNodePositions(database.db, owner, boardId, { positions: [{ nodeId: a!.id, x: 10, y: 20 }] });
      await saveNodePositions(database.db, owner, boardId, { positions: [{ nodeId: a!.id, x: 30, y: 40 }, { nodeId: b!.id, x: 0, y: 0 }] });
      expect((await getBoardView(database.db, owner, boardId)).positions[a!.id]).toEqual({ x: 30, y: 40 });
      await saveNodePositions(database.db, owner, boardId, { positions: [], direction: "LR" });
      const board = await getBoardView(database.db, owner, boardId);
      expect(board.graphDirection).toBe("LR");
      expect(board.positions).toEqual({});
    });

    it("refuses positions for nodes of another board and writes none of them", async () => {
      const claim = await database.db.claim.findFirstOrThrow({ where: { boardId } });
      const before = await counts();
      await expectDataError(
        saveNodePositions(database.db, owner, boardId, { positions: [{ nodeId: claim.id, x: 1, y: 1 }, { nodeId: "elsewhere", x: 2, y: 2 }] }),
        "not_found",
      );
      expect(await counts()).toEqual(before);
    });
  });

  describe("new boards", () => {
    it("creates a board for a pasted article, with its text normalised and hashed", async () => {
      const input = ZBoardCreateInput.parse({
        title: "A new check",
        article: { title: "", byline: "A. Writer", url: "https://example.org/story", text: "First paragraph.\r\nSecond one.\r\n\r\n" },
      });
      const { id } = await createBoard(database.db, owner, input);
      const board = await getBoardView(database.db, owner, id);
      expect(board.article).toMatchObject({ title: null, byline: "A. Writer", url: "https://example.org/story", text: "First paragraph.\nSecond one." });
      expect(board.article.contentHash).toMatch(/^[0-9a-f]{64}$/);
      expect(board.claims).toEqual([]);
    });

    it("imports an exported board as a new board with the same content and fresh ids", async () => {
      const original = await getBoardExport(database.db, owner, boardId);
      const { id } = await importBoard(database.db, owner, JSON.parse(JSON.stringify(original)));
      expect(id).not.toBe(boardId);
      const copy = await getBoardExport(database.db, owner, id);
      const withoutIds = (board: typeof original) => {
        const claimIndex = new Map(board.claims.map((c, i) => [c.id, i]));
        const evidenceIndex = new Map(board.evidence.map((e, i) => [e.id, i]));
        return {
          article: board.article,
          claims: board.claims.map((claim) => ({ ...claim, id: undefined })),
          evidence: board.evidence.map((item) => ({ ...item, id: undefined })),
          links: board.links
            .map((l) => ({ claim: claimIndex.get(l.claimId), evidence: evidenceIndex.get(l.evidenceId), stance: l.stance, strength: l.strength, note: l.note }))
            .sort((a, b) => a.claim! - b.claim! || a.evidence! - b.evidence!),
          relations: board.relations
            .map((r) => ({ from: claimIndex.get(r.fromClaimId), to: claimIndex.get(r.toClaimId), type: r.type, note: r.note }))
            .sort((a, b) => a.from! - b.from! || a.to! - b.to!),
        };
      };
      expect(withoutIds(copy)).toEqual(withoutIds(original));
      expect(copy.claims.map((c) => c.id)).not.toContain(original.claims[0]!.id);
      const [created] = await listActivity(database.db, owner, id);
      expect(created).toMatchObject({ entityType: "board", action: "created", after: { importedFrom: "claimgraph.board.v1" } });
    });

    it("refuses an import with a broken selector and creates nothing", async () => {
      const original = await getBoardExport(database.db, owner, boardId);
      original.claims[0]!.selector.start += 1;
      const before = await database.db.board.count();
      const error = await expectDataError(importBoard(database.db, owner, original), "invalid");
      expect(error.message).toContain("its selector does not match the article text");
      expect(await database.db.board.count()).toBe(before);
    });

    it("lets only editors and owners create boards", async () => {
      const before = await database.db.board.count();
      const input = ZBoardCreateInput.parse({ title: "Nope", article: { text: "Text." } });
      await expectDataError(createBoard(database.db, { userId: "v", roles: { [workspaceId]: "viewer" } }, input), "forbidden");
      await expectDataError(createBoard(database.db, { userId: "c", roles: { [workspaceId]: "checker" } }, input), "forbidden");
      await expectDataError(createBoard(database.db, { userId: "o", roles: { "other-workspace": "owner" } }, { ...input, workspaceId }), "not_found");
      expect(await database.db.board.count()).toBe(before);
      const { id } = await createBoard(database.db, { userId: "e", roles: { [workspaceId]: "editor" } }, input);
      expect((await database.db.board.findUniqueOrThrow({ where: { id } })).workspaceId).toBe(workspaceId);
    });
  });

  describe("authorization", () => {
    const viewer = (): TActor => ({ userId: "viewer", roles: { [workspaceId]: "viewer" } });
    const checker = (): TActor => ({ userId: "checker", roles: { [workspaceId]: "checker" } });
    const outsider: TActor = { userId: "outsider", roles: { "some-other-workspace": "owner" } };

    it("lets a viewer read but not write", async () => {
      expect((await getBoardView(database.db, viewer(), boardId)).id).toBe(boardId);
      const claim = await database.db.claim.findFirstOrThrow({ where: { boardId } });
      await expectDataError(updateClaim(database.db, viewer(), boardId, claim.id, { statement: "changed" }), "forbidden");
      expect((await database.db.claim.findUniqueOrThrow({ where: { id: claim.id } })).statement).toBe(claim.statement);
    });

    it("lets a checker research but not delete claims", async () => {
      const claim = await database.db.claim.findFirstOrThrow({ where: { boardId } });
      await expectDataError(deleteClaim(database.db, checker(), boardId, claim.id), "forbidden");
      expect(await database.db.claim.findUnique({ where: { id: claim.id } })).not.toBeNull();
      const evidence = await createEvidence(database.db, checker(), boardId, ZEvidenceCreateInput.parse({ title: "Checker's find", sourceType: "news_report" }));
      expect(evidence.title).toBe("Checker's find");
    });

    it("hides a private board from someone outside its workspace, with not found", async () => {
      await expectDataError(getBoardView(database.db, outsider, boardId), "not_found");
      await expectDataError(getBoardExport(database.db, outsider, boardId), "not_found");
      expect(await listBoards(database.db, outsider)).toEqual([]);
    });

    it("lets anyone read a public board, but never write to it", async () => {
      await database.db.board.update({ where: { id: boardId }, data: { visibility: "public" } });
      try {
        expect((await getBoardView(database.db, outsider, boardId)).id).toBe(boardId);
        expect((await listBoards(database.db, outsider)).map((b) => b.id)).toEqual([boardId]);
        // The board is public, so a refused write may say so: sign in, or ask for membership.
        await expectDataError(
          createEvidence(database.db, outsider, boardId, ZEvidenceCreateInput.parse({ title: "x", sourceType: "other" })),
          "forbidden",
        );
        await expectDataError(
          createEvidence(database.db, { userId: null, roles: {} }, boardId, ZEvidenceCreateInput.parse({ title: "x", sourceType: "other" })),
          "unauthenticated",
        );
      } finally {
        await database.db.board.update({ where: { id: boardId }, data: { visibility: "private" } });
      }
    });

    it("treats ids from another board as not found", async () => {
      const other = await importSeedBoard(database.db, { ...plan, seedKey: "second-copy" });
      const foreignClaim = await database.db.claim.findFirstOrThrow({ where: { boardId: other.boardId } });
      await expectDataError(updateClaim(database.db, owner, boardId, foreignClaim.id, { statement: "hijack" }), "not_found");
      await expectDataError(deleteClaim(database.db, owner, boardId, foreignClaim.id), "not_found");
    });
  });
});
