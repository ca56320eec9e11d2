// A change is authorized before its transaction begins, so a board could be archived or deleted in between. On SQLite
// and PostgreSQL: such a change is refused and leaves nothing behind, and on PostgreSQL a change waits for an archive
// under way and then sees it. A departing member's claims are still unassigned on an archived board.
import { Client } from "pg";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { describeTextAnchor } from "../../anchoring/describe-text-anchor";
import { ZCommentCreateInput } from "../../comments/comment-input";
import type { TPrismaClient } from "../../db/prisma-client";
import { ZBoardCreateInput } from "../../schemas/board";
import { ZClaimCreateInput } from "../../schemas/claim";
import { ZEvidenceCreateInput } from "../../schemas/evidence";
import { databaseFingerprint, type TDatabaseFingerprint } from "../../testing/database-fingerprint";
import { expectDataError } from "../../testing/expect-data-error";
import { createTestDatabase, TEST_PROVIDERS, type TTestDatabase } from "../../testing/test-databases";
import { createTestMember, type TTestMember } from "../../testing/test-members";
import { createClaim } from "../claims/create-claim";
import { deleteClaim } from "../claims/delete-claim";
import { updateClaim } from "../claims/update-claim";
import { createComment } from "../comments/create-comment";
import { createEvidence } from "../evidence/create-evidence";
import { removeMember } from "../members/remove-member";
import { applyClaimWorkflowCommand } from "../workflow/apply-claim-workflow-command";
import { archiveBoard } from "./archive-board";
import { createBoard } from "./create-board";
import { deleteBoard } from "./delete-board";
import { ARCHIVED_MESSAGE } from "./find-managed-board";
import { setBoardVisibility } from "./set-board-visibility";

// What runs once a change has been authorized, before its transaction: the archive or deletion that races it.
const race = vi.hoisted(() => ({ afterAuthorization: null as (() => Promise<void>) | null }));
vi.mock("../authorize-board", async (importOriginal) => {
  const original = await importOriginal<typeof import("../authorize-board")>();
  return {
    ...original,
    authorizeBoard: async (...args: Parameters<typeof original.authorizeBoard>) => {
      const board = await original.authorizeBoard(...args);
      const landing = race.afterAuthorization;
      race.afterAuthorization = null;
      await landing?.();
      return board;
    },
  };
});

const ARTICLE = "The river flooded forty homes on Tuesday. The mayor said the levee held.";
const selectorOf = (exact: string) => describeTextAnchor(ARTICLE, ARTICLE.indexOf(exact), ARTICLE.indexOf(exact) + exact.length);

describe.each(TEST_PROVIDERS)("a change racing an archive on %s", (provider) => {
  let database: TTestDatabase;
  let db: TPrismaClient;
  let workspaceId: string;
  let editor: TTestMember;
  let checker: TTestMember;
  let board: { id: string; claimId: string; version: number };

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    db = database.db;
    workspaceId = (await db.workspace.create({ data: { slug: "race", name: "Race" } })).id;
    editor = await createTestMember(db, workspaceId, "editor", "Eddie Editor");
    checker = await createTestMember(db, workspaceId, "checker", "Chen Checker");
  });
  afterAll(async () => {
    await database?.drop();
  });
  beforeEach(async () => {
    race.afterAuthorization = null;
    const { id } = await createBoard(db, editor.actor, ZBoardCreateInput.parse({ title: `Flood check ${Date.now()}`, workspaceId, article: { text: ARTICLE } }));
    const claim = await createClaim(db, editor.actor, id, ZClaimCreateInput.parse({ statement: "Forty homes flooded.", selector: selectorOf("forty homes") }));
    board = { id, claimId: claim.id, version: (await db.board.findUniqueOrThrow({ where: { id } })).version };
  });

  /** Lands `landing` between the next change's authorization and its transaction; the database as it left it. */
  function landAfterAuthorization(landing: () => Promise<unknown>): () => TDatabaseFingerprint {
    let landed: TDatabaseFingerprint | null = null;
    race.afterAuthorization = async () => {
      await landing();
      landed = await databaseFingerprint(db);
    };
    return () => {
      if (!landed) throw new Error("The race did not run");
      return landed;
    };
  }

  const changes: { name: string; run: () => Promise<unknown> }[] = [
    { name: "a new claim", run: () => createClaim(db, editor.actor, board.id, ZClaimCreateInput.parse({ statement: "The levee held.", selector: selectorOf("the levee held") })) },
    { name: "a claim edit", run: () => updateClaim(db, editor.actor, board.id, board.claimId, { version: 1, speaker: "The mayor" }) },
    { name: "a claim deletion", run: () => deleteClaim(db, editor.actor, board.id, board.claimId) },
    {
      name: "new evidence linked to a claim",
      run: () => createEvidence(db, editor.actor, board.id, ZEvidenceCreateInput.parse({ title: "Council report", sourceType: "primary_document", link: { claimId: board.claimId, stance: "supports" } })),
    },
    { name: "a comment", run: () => createComment(db, editor.actor, board.id, board.claimId, ZCommentCreateInput.parse({ body: "Which street?" })) },
    { name: "a workflow step", run: () => applyClaimWorkflowCommand(db, checker.actor, board.id, board.claimId, { type: "take" }) },
    { name: "a visibility change", run: () => setBoardVisibility(db, editor.actor, board.id, "public") },
  ];

  for (const change of changes) {
    it(`refuses ${change.name} on a board archived after it was authorized, and leaves nothing behind`, async () => {
      const landed = landAfterAuthorization(() => archiveBoard(db, editor.actor, board.id, board.version));
      await expectDataError(change.run(), "conflict", ARCHIVED_MESSAGE);
      expect(await databaseFingerprint(db)).toEqual(landed());
    });
  }

  it("answers a claim edit on a board deleted after it was authorized as not found, and leaves nothing behind", async () => {
    const title = (await db.board.findUniqueOrThrow({ where: { id: board.id } })).title;
    const landed = landAfterAuthorization(() => deleteBoard(db, editor.actor, board.id, { confirmTitle: title, version: board.version }));
    await expectDataError(updateClaim(db, editor.actor, board.id, board.claimId, { version: 1, speaker: "The mayor" }), "not_found");
    expect(await databaseFingerprint(db)).toEqual(landed());
  });

  it("still unassigns a departing member's claims on an archived board", async () => {
    const leaving = await createTestMember(db, workspaceId, "checker", "Lee Leaving");
    await applyClaimWorkflowCommand(db, leaving.actor, board.id, board.claimId, { type: "take" });
    await archiveBoard(db, editor.actor, board.id, board.version);
    const { unassignedClaimIds } = await removeMember(db, leaving.actor, workspaceId, leaving.userId);
    expect(unassignedClaimIds).toEqual([board.claimId]);
    expect(await db.claim.findUniqueOrThrow({ where: { id: board.claimId } })).toMatchObject({ assigneeId: null, stage: "unassigned" });
  });

  it.runIf(provider === "postgresql")("makes a claim edit wait for an archive under way, then refuses it", async () => {
    if (database.config.provider !== "postgresql") throw new Error("PostgreSQL only");
    const archiving = new Client({ connectionString: database.config.url });
    await archiving.connect();
    try {
      await archiving.query("BEGIN");
      await archiving.query(`UPDATE "Board" SET "archivedAt" = now(), "version" = "version" + 1 WHERE "id" = $1`, [board.id]);
      let settled = false;
      const edit = updateClaim(db, editor.actor, board.id, board.claimId, { version: 1, speaker: "The mayor" }).finally(() => {
        settled = true;
      });
      edit.catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(settled).toBe(false);
      await archiving.query("COMMIT");
      await expectDataError(edit, "conflict", ARCHIVED_MESSAGE);
      expect(await db.claim.findUniqueOrThrow({ where: { id: board.claimId } })).toMatchObject({ speaker: "", version: 1 });
    } finally {
      await archiving.end();
    }
  });
});
