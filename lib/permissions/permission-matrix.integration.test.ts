// Every action × every role, as a member and as an outsider, through the real
// data layer on both databases. A member may do exactly what roleCan says
// (else 403); someone outside the workspace gets 404 for a private board and
// for workspace settings, may read a public board, and may never write to it
// (401 signed out, 403 signed in), nor read its internal discussion and
// activity log. A refused attempt writes nothing: a fingerprint of every table
// an attempt can touch is the same before and after it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TActor } from "../data/actor";
import { createBoard } from "../data/boards/create-board";
import { getBoardView } from "../data/boards/get-board-view";
import { setBoardVisibility } from "../data/boards/set-board-visibility";
import { createClaim } from "../data/claims/create-claim";
import { deleteClaim } from "../data/claims/delete-claim";
import { updateClaim } from "../data/claims/update-claim";
import { listActivity } from "../data/activity/list-activity";
import { createComment } from "../data/comments/create-comment";
import { listClaimComments } from "../data/comments/list-claim-comments";
import { DataError } from "../data/errors";
import { createEvidence } from "../data/evidence/create-evidence";
import { deleteEvidence } from "../data/evidence/delete-evidence";
import { updateEvidence } from "../data/evidence/update-evidence";
import { createInvitation } from "../data/invitations/create-invitation";
import { createEvidenceLink } from "../data/links/create-evidence-link";
import { deleteEvidenceLink } from "../data/links/delete-evidence-link";
import { updateEvidenceLink } from "../data/links/update-evidence-link";
import { listWorkspaceMembers } from "../data/members/list-workspace-members";
import { saveNodePositions } from "../data/positions/save-node-positions";
import { createClaimRelation } from "../data/relations/create-claim-relation";
import { deleteClaimRelation } from "../data/relations/delete-claim-relation";
import { updateClaimRelation } from "../data/relations/update-claim-relation";
import { applyClaimWorkflowCommand } from "../data/workflow/apply-claim-workflow-command";
import { getWorkspaceSettings } from "../data/workspaces/get-workspace-settings";
import { updateWorkspaceVerdictScale } from "../data/workspaces/update-workspace-verdict-scale";
import { renameWorkspace } from "../data/workspaces/rename-workspace";
import { renameBoard } from "../data/boards/rename-board";
import { createPasswordReset } from "../data/password-resets/create-password-reset";
import { ZBoardCreateInput } from "../schemas/board";
import { ZClaimCreateInput } from "../schemas/claim";
import { ZEvidenceCreateInput } from "../schemas/evidence";
import { createTestDatabase, TEST_PROVIDERS, type TTestDatabase } from "../testing/test-databases";
import { createTestMember, createTestOutsider, type TTestMember } from "../testing/test-members";
import { ACTIONS, ROLES, roleCan, type TAction, type TRole } from "./roles";

// Each claim needs a quote no other claim on the board anchors.
const SENTENCES = 2_000;
const ARTICLE = Array.from({ length: SENTENCES }, (_, i) => `Report ${i + 1} counted ${i * 3} casualties.`).join(" ");
const quoteFor = (index: number) => `Report ${index + 1} counted`;

type TWorld = {
  db: TTestDatabase["db"];
  workspaceId: string;
  boardId: string;
  /** What the outsider cases expect the board to be; board.publish flips it and its next setup flips it back. */
  visibility: "private" | "public";
  members: Record<TRole, TTestMember>;
};

let claimCounter = 0;

async function newClaim(world: TWorld) {
  const quote = quoteFor(claimCounter++);
  const start = ARTICLE.indexOf(`${quote} `);
  // Each claim gets its own statement, so fixtures never collide.
  return createClaim(world.db, world.members.owner.actor, world.boardId, ZClaimCreateInput.parse({
    statement: `Claim ${claimCounter}: ${quote}`,
    selector: { exact: quote, prefix: ARTICLE.slice(Math.max(0, start - 10), start), suffix: ARTICLE.slice(start + quote.length, start + quote.length + 10), start, end: start + quote.length },
  }));
}

async function newEvidence(world: TWorld, link?: { claimId: string }) {
  return createEvidence(world.db, world.members.owner.actor, world.boardId, ZEvidenceCreateInput.parse({
    title: "A report",
    sourceType: "news_report",
    ...(link ? { link: { claimId: link.claimId, stance: "supports" } } : {}),
  }));
}

/** A claim assigned to the checker with one linked source, ready to propose. */
async function researchedClaim(world: TWorld) {
  const claim = await newClaim(world);
  await newEvidence(world, { claimId: claim.id });
  await applyClaimWorkflowCommand(world.db, world.members.editor.actor, world.boardId, claim.id, {
    type: "assign",
    assigneeId: world.members.checker.userId,
  });
  return claim;
}

async function proposedClaim(world: TWorld) {
  const claim = await researchedClaim(world);
  await applyClaimWorkflowCommand(world.db, world.members.checker.actor, world.boardId, claim.id, {
    type: "propose",
    verdict: "false",
    rationale: "The hospital's own count is higher.",
  });
  return claim;
}

// One attempt per action: set up what it needs as the owner, then return the
// call to make as `actor`. Record<TAction, …> makes a new action fail to compile until it is covered here.
const ATTEMPTS: Record<TAction, (world: TWorld) => Promise<(actor: TActor) => Promise<unknown>>> = {
  "board.create": async (w) => (actor) =>
    createBoard(w.db, actor, ZBoardCreateInput.parse({ title: "Another", workspaceId: w.workspaceId, article: { text: ARTICLE } })),
  "board.read": async (w) => (actor) => getBoardView(w.db, actor, w.boardId),
  "discussion.read": async (w) => {
    const claim = await newClaim(w);
    return async (actor) => {
      await listClaimComments(w.db, actor, w.boardId, claim.id);
      return listActivity(w.db, actor, w.boardId, { claimId: claim.id });
    };
  },
  "board.publish": async (w) => {
    // A real change: the attempt flips the board. Setup first undoes a flip an earlier allowed attempt made.
    await w.db.board.update({ where: { id: w.boardId }, data: { visibility: w.visibility } });
    return (actor) => setBoardVisibility(w.db, actor, w.boardId, w.visibility === "public" ? "private" : "public");
  },
  "board.manage": async (w) => {
    // Renaming stands for the board's lifecycle actions (archive, restore and delete authorize alike).
    const { version } = await w.db.board.findUniqueOrThrow({ where: { id: w.boardId }, select: { version: true } });
    const title = `Renamed ${claimCounter++}`;
    return (actor) => renameBoard(w.db, actor, w.boardId, { title, version });
  },
  "claim.create": async (w) => {
    const quote = quoteFor(claimCounter++);
    const start = ARTICLE.indexOf(`${quote} `);
    return (actor) =>
      createClaim(w.db, actor, w.boardId, ZClaimCreateInput.parse({
        statement: "A new claim",
        selector: { exact: quote, prefix: "", suffix: "", start, end: start + quote.length },
      }));
  },
  "claim.edit": async (w) => {
    const claim = await newClaim(w);
    return (actor) => updateClaim(w.db, actor, w.boardId, claim.id, { statement: "Edited" });
  },
  "claim.delete": async (w) => {
    const claim = await newClaim(w);
    return (actor) => deleteClaim(w.db, actor, w.boardId, claim.id);
  },
  "claim.take": async (w) => {
    const claim = await newClaim(w);
    return (actor) => applyClaimWorkflowCommand(w.db, actor, w.boardId, claim.id, { type: "take" });
  },
  "claim.propose": async (w) => {
    // Assigned to the checker: a checker proposes on their own claims, an editor or owner on any.
    const claim = await researchedClaim(w);
    return (actor) =>
      applyClaimWorkflowCommand(w.db, actor, w.boardId, claim.id, { type: "propose", verdict: "false", rationale: "Counted." });
  },
  "claim.assign": async (w) => {
    const claim = await newClaim(w);
    return (actor) =>
      applyClaimWorkflowCommand(w.db, actor, w.boardId, claim.id, { type: "assign", assigneeId: w.members.checker.userId });
  },
  "claim.review": async (w) => {
    const claim = await proposedClaim(w);
    return (actor) => applyClaimWorkflowCommand(w.db, actor, w.boardId, claim.id, { type: "approve" });
  },
  "claim.correct": async (w) => {
    const claim = await proposedClaim(w);
    await applyClaimWorkflowCommand(w.db, w.members.editor.actor, w.boardId, claim.id, { type: "approve" });
    return (actor) =>
      applyClaimWorkflowCommand(w.db, actor, w.boardId, claim.id, { type: "correct", verdict: "misleading", reason: "A later count." });
  },
  "evidence.create": async (w) => (actor) =>
    createEvidence(w.db, actor, w.boardId, ZEvidenceCreateInput.parse({ title: "New source", sourceType: "other" })),
  "evidence.edit": async (w) => {
    const evidence = await newEvidence(w);
    return (actor) => updateEvidence(w.db, actor, w.boardId, evidence.id, { title: "Renamed" });
  },
  "evidence.delete": async (w) => {
    const evidence = await newEvidence(w);
    return (actor) => deleteEvidence(w.db, actor, w.boardId, evidence.id);
  },
  "link.create": async (w) => {
    const [claim, evidence] = [await newClaim(w), await newEvidence(w)];
    return (actor) => createEvidenceLink(w.db, actor, w.boardId, { claimId: claim.id, evidenceId: evidence.id, stance: "disputes", strength: 3, note: "" });
  },
  "link.edit": async (w) => {
    const claim = await newClaim(w);
    const created = await newEvidence(w, { claimId: claim.id });
    const link = await w.db.evidenceLink.findFirstOrThrow({ where: { evidenceId: created.id } });
    return (actor) => updateEvidenceLink(w.db, actor, w.boardId, link.id, { stance: "context" });
  },
  "link.delete": async (w) => {
    const claim = await newClaim(w);
    const created = await newEvidence(w, { claimId: claim.id });
    const link = await w.db.evidenceLink.findFirstOrThrow({ where: { evidenceId: created.id } });
    return (actor) => deleteEvidenceLink(w.db, actor, w.boardId, link.id);
  },
  "relation.create": async (w) => {
    const [from, to] = [await newClaim(w), await newClaim(w)];
    return (actor) => createClaimRelation(w.db, actor, w.boardId, { fromClaimId: from.id, toClaimId: to.id, type: "supports", note: "" });
  },
  "relation.edit": async (w) => {
    const [from, to] = [await newClaim(w), await newClaim(w)];
    const relation = await createClaimRelation(w.db, w.members.owner.actor, w.boardId, { fromClaimId: from.id, toClaimId: to.id, type: "supports", note: "" });
    return (actor) => updateClaimRelation(w.db, actor, w.boardId, relation.id, { type: "attacks" });
  },
  "relation.delete": async (w) => {
    const [from, to] = [await newClaim(w), await newClaim(w)];
    const relation = await createClaimRelation(w.db, w.members.owner.actor, w.boardId, { fromClaimId: from.id, toClaimId: to.id, type: "supports", note: "" });
    return (actor) => deleteClaimRelation(w.db, actor, w.boardId, relation.id);
  },
  "graph.saveLayout": async (w) => {
    const claim = await newClaim(w);
    return (actor) => saveNodePositions(w.db, actor, w.boardId, { positions: [{ nodeId: claim.id, x: 10, y: 20 }] });
  },
  "comment.create": async (w) => {
    const claim = await newClaim(w);
    return (actor) => createComment(w.db, actor, w.boardId, claim.id, { body: "Where is this figure from?" });
  },
  "workspace.readMembers": async (w) => (actor) => listWorkspaceMembers(w.db, actor, w.workspaceId),
  "workspace.manageMembers": async (w) => (actor) => createInvitation(w.db, actor, w.workspaceId, { role: "viewer", note: "" }),
  "workspace.editVerdictScale": async (w) => {
    const { revision } = (await getWorkspaceSettings(w.db, w.members.owner.actor, w.workspaceId)).verdictScale;
    const label = `Checked ${claimCounter++}`;
    return (actor) => updateWorkspaceVerdictScale(w.db, actor, w.workspaceId, { revision, overrides: { verified: { label } } });
  },
  "workspace.rename": async (w) => {
    const name = `Newsroom ${claimCounter++}`;
    return (actor) => renameWorkspace(w.db, actor, w.workspaceId, { name });
  },
  "workspace.resetPasswords": async (w) => (actor) => createPasswordReset(w.db, actor, w.workspaceId, w.members.viewer.userId),
};

const WORKSPACE_ACTIONS: ReadonlySet<TAction> = new Set([
  "board.create",
  "workspace.readMembers",
  "workspace.manageMembers",
  "workspace.editVerdictScale",
  "workspace.rename",
  "workspace.resetPasswords",
]);

let lastRefusal = "";

/** 200 when the attempt succeeds, else the DataError's status (its message kept for the failure report). */
async function outcome(attempt: Promise<unknown>): Promise<number> {
  try {
    await attempt;
    lastRefusal = "";
    return 200;
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    lastRefusal = error.message;
    return error.status;
  }
}

/**
 * Everything an attempt could write, in one round trip: row counts and, per
 * table, what any update changes (version sums, latest updatedAt, summed
 * values), plus the world's board visibility and workspace verdict scale.
 */
async function fingerprint(world: TWorld): Promise<Record<string, unknown>> {
  const [row] = await world.db.$queryRaw<Record<string, unknown>[]>`SELECT
    (SELECT COUNT(*) FROM "Board") AS boards,
    (SELECT MAX("updatedAt") FROM "Board") AS "boardsUpdated",
    (SELECT SUM(CASE WHEN "graphDirection" = 'LR' THEN 1 ELSE 0 END) FROM "Board") AS "boardsLaidOutLR",
    (SELECT "visibility" FROM "Board" WHERE "id" = ${world.boardId}) AS visibility,
    (SELECT "verdictScale" FROM "Workspace" WHERE "id" = ${world.workspaceId}) AS "verdictScale",
    (SELECT COUNT(*) FROM "Workspace") AS workspaces,
    (SELECT "name" FROM "Workspace" WHERE "id" = ${world.workspaceId}) AS "workspaceName",
    (SELECT SUM("version") FROM "Board") AS "boardVersions",
    (SELECT COUNT(*) FROM "PasswordReset") AS "passwordResets",
    (SELECT COUNT(*) FROM "Claim") AS claims,
    (SELECT SUM("version") FROM "Claim") AS "claimVersions",
    (SELECT MAX("updatedAt") FROM "Claim") AS "claimsUpdated",
    (SELECT COUNT(*) FROM "Evidence") AS evidence,
    (SELECT SUM("version") FROM "Evidence") AS "evidenceVersions",
    (SELECT MAX("updatedAt") FROM "Evidence") AS "evidenceUpdated",
    (SELECT COUNT(*) FROM "EvidenceLink") AS links,
    (SELECT MAX("updatedAt") FROM "EvidenceLink") AS "linksUpdated",
    (SELECT SUM("strength" + CASE "stance" WHEN 'supports' THEN 10 WHEN 'disputes' THEN 100 ELSE 1000 END) FROM "EvidenceLink") AS "linkStances",
    (SELECT COUNT(*) FROM "ClaimRelation") AS relations,
    (SELECT SUM(CASE "type" WHEN 'supports' THEN 1 ELSE 2 END + LENGTH("note")) FROM "ClaimRelation") AS "relationTypes",
    (SELECT COUNT(*) FROM "NodePosition") AS positions,
    (SELECT SUM("x" + 2 * "y") FROM "NodePosition") AS "positionSum",
    (SELECT COUNT(*) FROM "Comment") AS comments,
    (SELECT COUNT("editedAt") + COUNT("deletedAt") FROM "Comment") AS "commentsEdited",
    (SELECT COUNT(*) FROM "Membership") AS memberships,
    (SELECT MAX("updatedAt") FROM "Membership") AS "membershipsUpdated",
    (SELECT COUNT(*) FROM "Invitation") AS invitations,
    (SELECT COUNT("acceptedAt") + COUNT("revokedAt") FROM "Invitation") AS "invitationsUsed",
    (SELECT COUNT(*) FROM "Correction") AS corrections,
    (SELECT COUNT(*) FROM "ActivityEntry") AS activity`;
  return row!;
}

const READ_ACTIONS: ReadonlySet<TAction> = new Set(["board.read", "discussion.read", "workspace.readMembers"]);
const besidesActivity = (print: Record<string, unknown>) => ({ ...print, activity: null });

describe.each(TEST_PROVIDERS)("permission matrix on %s", (provider) => {
  let database: TTestDatabase;
  const worlds: Partial<Record<"private" | "public", TWorld>> = {};
  let outsider: TActor;
  const anonymous: TActor = { userId: null, roles: {} };

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    const db = database.db;
    for (const visibility of ["private", "public"] as const) {
      const workspace = await db.workspace.create({ data: { slug: `ws-${visibility}`, name: `Workspace ${visibility}` } });
      const members = {} as Record<TRole, TTestMember>;
      for (const role of ROLES) members[role] = await createTestMember(db, workspace.id, role, `${role} ${visibility}`);
      const { id: boardId } = await createBoard(db, members.owner.actor, ZBoardCreateInput.parse({ title: `A ${visibility} board`, workspaceId: workspace.id, article: { text: ARTICLE } }));
      await db.board.update({ where: { id: boardId }, data: { visibility } });
      worlds[visibility] = { db, workspaceId: workspace.id, boardId, visibility, members };
    }
    // Signed in, and a member elsewhere: membership of one workspace opens no other.
    const stranger = await createTestOutsider(db, "Stranger");
    const elsewhere = await db.workspace.create({ data: { slug: "elsewhere", name: "Elsewhere" } });
    await db.membership.create({ data: { workspaceId: elsewhere.id, userId: stranger.userId, role: "owner" } });
    outsider = { userId: stranger.userId, roles: { [elsewhere.id]: "owner" } };
  });
  afterAll(async () => {
    await database?.drop();
  });

  for (const action of ACTIONS) {
    it(`${action}: each member role exactly as the rules say, and refusals write nothing`, async () => {
      const world = worlds.private!;
      for (const role of ROLES) {
        const attempt = await ATTEMPTS[action](world);
        const before = await fingerprint(world);
        const status = await outcome(attempt(world.members[role].actor));
        const expected = roleCan(role, action) ? 200 : 403;
        expect(status, `${role} doing ${action}: ${lastRefusal}`).toBe(expected);
        const after = await fingerprint(world);
        if (status !== 200 || READ_ACTIONS.has(action)) {
          expect(after, `${role} ${status === 200 ? "reading" : "refused"} ${action} wrote nothing`).toEqual(before);
        } else {
          // An allowed write shows in the fingerprint even leaving its activity entry aside, so a refused one would too.
          expect(besidesActivity(after), `the fingerprint sees what ${role} doing ${action} wrote`).not.toEqual(besidesActivity(before));
        }
      }
      // Leave the board as the outsider cases expect it, whichever role came last.
      await world.db.board.update({ where: { id: world.boardId }, data: { visibility: world.visibility } });
    });

    it(`${action}: outsiders get 404 on a private board and can at most read a public one`, async () => {
      for (const visibility of ["private", "public"] as const) {
        const world = worlds[visibility]!;
        for (const [who, actor] of [["signed-in outsider", outsider], ["anonymous reader", anonymous]] as const) {
          const attempt = await ATTEMPTS[action](world);
          const before = await fingerprint(world);
          const status = await outcome(attempt(actor));
          let expected: number;
          if (visibility === "private" || WORKSPACE_ACTIONS.has(action)) expected = 404;
          else if (action === "board.read") expected = 200;
          else expected = actor.userId === null ? 401 : 403;
          expect(status, `${who} doing ${action} on a ${visibility} board: ${lastRefusal}`).toBe(expected);
          if (status !== 200) expect(await fingerprint(world), `${who} refused ${action} on a ${visibility} board wrote nothing`).toEqual(before);
        }
      }
    });
  }
});
