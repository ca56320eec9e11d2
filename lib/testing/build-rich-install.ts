// An install with something in every table, made through the data layer and
// Better Auth as the app would make it: the Basra board with claims in every
// workflow stage, assignees, due dates, a correction, threaded comments
// (edited, deleted, with a mention), saved positions and a left-to-right
// layout, a public board, a custom verdict scale, members of every role,
// invitations pending, accepted and revoked, a pending password-reset link, accounts with passwords, sessions
// and the stored session secret.
import { createAuth } from "../data/auth/create-auth";
import { readAuthSecret } from "../data/auth/read-auth-secret";
import { createComment } from "../data/comments/create-comment";
import { deleteComment } from "../data/comments/delete-comment";
import { updateComment } from "../data/comments/update-comment";
import { acceptInvitation } from "../data/invitations/accept-invitation";
import { setGraphCollapse } from "../data/graph-collapses/set-graph-collapse";
import { createInvitation } from "../data/invitations/create-invitation";
import { revokeInvitation } from "../data/invitations/revoke-invitation";
import { createPasswordReset } from "../data/password-resets/create-password-reset";
import { loadMemberActor } from "../data/members/load-member-actor";
import { createPremiseGroup } from "../data/premise-groups/create-premise-group";
import { createUndercut } from "../data/undercuts/create-undercut";
import { saveNodePositions } from "../data/positions/save-node-positions";
import { importSeedBoard } from "../data/seed/import-seed-board";
import { DEMO_PASSWORD, DEMO_USERS, seedDemoTeam } from "../data/seed/seed-demo-team";
import { applyClaimWorkflowCommand } from "../data/workflow/apply-claim-workflow-command";
import { setClaimDueDate } from "../data/workflow/set-claim-due-date";
import { updateWorkspaceVerdictScale } from "../data/workspaces/update-workspace-verdict-scale";
import type { TPrismaClient } from "../db/prisma-client";
import { BASRA_SEED_KEY, readSeedBoard } from "../seed/read-seed-board";

const headers = new Headers({ host: "localhost" });

export const INVITED_PASSWORD = "invited person's password";

export type TRichInstall = {
  boardId: string;
  workspaceId: string;
  /** Claims by stage, as left by the workflow. */
  claims: { published: string; corrected: string; returned: string; inReview: string; researching: string };
  invitedEmail: string;
};

export async function buildRichInstall(db: TPrismaClient, provider: "sqlite" | "postgresql"): Promise<TRichInstall> {
  const { boardId } = await importSeedBoard(db, readSeedBoard(BASRA_SEED_KEY));
  const auth = createAuth(db, provider, await readAuthSecret(db));
  await seedDemoTeam(db, auth); // accounts with passwords, memberships, the board made public
  const { workspaceId } = await db.board.findUniqueOrThrow({ where: { id: boardId } });
  const actors = Object.fromEntries(
    await Promise.all(
      DEMO_USERS.map(async (demo) => {
        const user = await db.user.findUniqueOrThrow({ where: { email: demo.email } });
        return [demo.role, await loadMemberActor(db, user.id)] as const;
      }),
    ),
  );
  const { owner, editor, checker } = actors as Record<"owner" | "editor" | "checker", (typeof actors)[string]>;
  for (const demo of DEMO_USERS) await auth.api.signInEmail({ body: { email: demo.email, password: DEMO_PASSWORD }, headers });

  const withEvidence = await db.claim.findMany({
    where: { boardId, links: { some: {} } },
    select: { id: true },
    orderBy: { positionStart: "asc" },
  });
  if (withEvidence.length < 5) throw new Error("The seed board has fewer than five claims with evidence");
  const [published, corrected, returned, inReview, researching] = withEvidence.map((claim) => claim.id) as [string, string, string, string, string];
  const run = (actor: typeof owner, claimId: string, input: Parameters<typeof applyClaimWorkflowCommand>[4]) =>
    applyClaimWorkflowCommand(db, actor!, boardId, claimId, input);

  for (const claimId of [published, corrected]) {
    await run(checker, claimId, { type: "take" });
    await run(checker, claimId, { type: "propose", verdict: "false", rationale: "The cited figures contradict it." });
    await run(editor, claimId, { type: "approve" });
  }
  await run(editor, corrected, { type: "correct", verdict: "misleading", reason: "A second source qualifies the figures." });
  await run(editor, returned, { type: "assign", assigneeId: checker!.userId! });
  await setClaimDueDate(db, editor!, boardId, returned, { dueOn: "2030-04-01" });
  await run(checker, returned, { type: "propose", verdict: "verified", rationale: "One source agrees." });
  await run(editor, returned, { type: "return", comment: "Find a second, independent source." });
  await run(checker, inReview, { type: "take" });
  await run(checker, inReview, { type: "propose", verdict: "disputed", rationale: "Sources disagree." });
  await run(checker, researching, { type: "take" });
  await setClaimDueDate(db, editor!, boardId, researching, { dueOn: "2030-05-15" });

  const thread = await createComment(db, checker!, boardId, published, { body: `Checked with @[Eda Editor](${editor!.userId})` });
  const reply = await createComment(db, editor!, boardId, published, { body: "Thanks, approving.", parentId: thread.id });
  await createComment(db, checker!, boardId, published, { body: "A reply to the reply.", parentId: reply.id });
  await updateComment(db, checker!, boardId, published, thread.id, { body: `Checked twice with @[Eda Editor](${editor!.userId})` });
  const mistaken = await createComment(db, checker!, boardId, inReview, { body: "Posted on the wrong claim." });
  await deleteComment(db, checker!, boardId, inReview, mistaken.id);

  // An undercut of one claim's evidence link by another claim, and two claims supporting a third only together.
  const link = await db.evidenceLink.findFirstOrThrow({ where: { boardId, claimId: published } });
  await createUndercut(db, checker!, boardId, { fromClaimId: researching, target: { type: "link", id: link.id }, note: "The source is reliable, but it is about another week." });
  await createPremiseGroup(db, checker!, boardId, { premiseClaimIds: [returned, inReview], toClaimId: corrected, type: "supports", note: "" });
  await setGraphCollapse(db, editor!, boardId, { claimId: corrected, collapsed: true });

  await saveNodePositions(db, editor!, boardId, {
    direction: "LR",
    positions: [
      { nodeId: published, x: 120.5, y: -40.25 },
      { nodeId: researching, x: 0, y: 1e-3 },
    ],
  });
  await updateWorkspaceVerdictScale(db, owner!, workspaceId, {
    revision: "default",
    overrides: { false: { label: "Pants on fire", color: "#7F1D1D" }, opinion: { ratingValue: 3 } },
  });

  const invitedEmail = "invited@example.test";
  const accepted = await createInvitation(db, owner!, workspaceId, { role: "checker", note: "For Sam" });
  const signedUp = await auth.api.signUpEmail({ body: { name: "Sam Invited", email: invitedEmail, password: INVITED_PASSWORD }, headers });
  await acceptInvitation(db, await loadMemberActor(db, signedUp.user.id), accepted.token);
  await createInvitation(db, owner!, workspaceId, { role: "viewer", note: "Still pending" });
  const revoked = await createInvitation(db, owner!, workspaceId, { role: "editor", note: "" });
  await revokeInvitation(db, owner!, workspaceId, revoked.invitation.id);
  // A reset link the invited member has not used yet (using it would change the password tests sign in with).
  await createPasswordReset(db, owner!, workspaceId, signedUp.user.id);

  // Sign-in limits keep epoch milliseconds as BigInt; one past 2^53 shows no digit is lost on the way.
  await db.rateLimit.create({ data: { id: "rate-limit-1", key: "127.0.0.1/sign-in/email", count: 3, lastRequest: 9_007_199_254_740_993n } });
  // Recent, or the next sign-in's clean-up of day-old attempts would remove it.
  const now = BigInt(Date.now());
  await db.signInThrottle.create({ data: { key: "hmac-of-an-address", attempts: 6, lockedUntil: now + 30_000n, lastAttemptAt: now } });

  return { boardId, workspaceId, claims: { published, corrected, returned, inReview, researching }, invitedEmail };
}
