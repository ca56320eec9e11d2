// The write endpoints the fuzz test (lib/http/write-endpoints.fuzz.integration.test.ts) covers: for
// each POST, PATCH, PUT and DELETE handler under app/api, its route module, a valid target and body
// to corrupt, and the ids in them that can be made bad. The test checks this list against app/api.
import type { TJson } from "./invalid-requests";
import type { TRouteWorld } from "./route-world";

export const WRITE_METHODS = ["POST", "PATCH", "PUT", "DELETE"] as const;
export type TMethod = (typeof WRITE_METHODS)[number];
export type TParams = Record<string, string>;

export type TFixture = TRouteWorld & {
  comment: string;
  siblingComment: string;
  foreignComment: string;
  foreignInvitation: string;
  invitation: string;
  exported: TJson;
  revision: string;
  /** The fuzzed board's title and version, for renaming, archiving and deleting it. */
  boardTitle: string;
  boardVersion: number;
  claimVersion: number;
  evidenceVersion: number;
  /** An undercut and a premise group on each board: the board's, its sibling's, the other workspace's. */
  undercuts: { board: string; sibling: string; foreign: string };
  premiseGroups: { board: string; sibling: string; foreign: string };
};

/** A write endpoint: where it is, a valid target and body to corrupt, and the ids in them that can be made bad. */
export type TEndpoint = {
  file: string;
  method: TMethod;
  /** The address, e.g. for logging; handlers read params, not the path. */
  path: (params: TParams) => string;
  /**
   * Params naming records the owner may change. Requests to them carry an invalid body (a DELETE, which
   * has none, never goes there); bad-id requests start from them and make one param bad.
   */
  target?: (f: TFixture) => TParams;
  /** For each param, ids that are bad for it (another board's, another workspace's), besides malformed and unknown ones. */
  badIds?: (f: TFixture) => Record<string, string[]>;
  /** A whole target in the other workspace, which the owner and editor are not members of. */
  foreignTarget?: (f: TFixture) => TParams;
  body?: (f: TFixture) => TJson;
  bodyIds?: (string | number)[][];
  /** Bad ids for body id fields. */
  bodyBadIds?: (f: TFixture) => string[];
  maxBytes?: number;
  strict?: boolean;
  /** Better Auth's endpoints answer in their own format, need no JSON content type and ignore the actor. */
  auth?: boolean;
  /** The import's ?workspaceId=. */
  badQuery?: (f: TFixture) => string[];
  /** The one write a link authorizes by itself (a password reset): signed out is not refused as such. */
  signedOutAllowed?: boolean;
};

const board = (p: TParams) => `/api/boards/${p.boardId}`;
const claimPath = (p: TParams) => `${board(p)}/claims/${p.claimId}`;
const workspace = (p: TParams) => `/api/workspaces/${p.workspaceId}`;
const inBoard = (f: TFixture) => ({ boardId: f.board.boardId });
const inClaim = (f: TFixture) => ({ boardId: f.board.boardId, claimId: f.board.claimIds[0]! });
const boardBad = (f: TFixture) => ({ boardId: [f.foreign.boardId] });
const claimBad = (f: TFixture) => ({ boardId: [f.foreign.boardId], claimId: [f.sibling.claimIds[0]!, f.foreign.claimIds[0]!] });
const foreignBoard = (f: TFixture) => ({ boardId: f.foreign.boardId });
const foreignClaim = (f: TFixture) => ({ boardId: f.foreign.boardId, claimId: f.foreign.claimIds[0]! });
const otherClaims = (f: TFixture) => [f.sibling.claimIds[0]!, f.foreign.claimIds[0]!, f.sibling.evidenceIds[0]!];

export const ENDPOINTS: TEndpoint[] = [
  { file: "boards/route.ts", method: "POST", path: () => "/api/boards", body: () => ({ title: "Fuzz board", article: { text: "A sentence to check." } }) },
  ...(["PATCH", "DELETE"] as const).map(
    (method): TEndpoint => ({
      file: "boards/[boardId]/route.ts",
      method,
      path: board,
      target: inBoard,
      badIds: boardBad,
      foreignTarget: foreignBoard,
      // A DELETE carries its confirmation: the title as typed and the version seen.
      body: method === "PATCH" ? (f) => ({ title: "Renamed board", version: f.boardVersion }) : (f) => ({ confirmTitle: f.boardTitle, version: f.boardVersion }),
    }),
  ),
  {
    file: "boards/[boardId]/archived/route.ts",
    method: "PUT",
    path: (p) => `${board(p)}/archived`,
    target: inBoard,
    badIds: boardBad,
    foreignTarget: foreignBoard,
    body: (f) => ({ archived: true, version: f.boardVersion }),
  },
  {
    file: "boards/import/route.ts",
    method: "POST",
    path: () => "/api/boards/import",
    body: (f) => f.exported,
    maxBytes: 20_000_000,
    strict: false,
    badQuery: (f) => [f.otherWorkspaceId],
  },
  {
    file: "boards/[boardId]/claims/route.ts",
    method: "POST",
    path: (p) => `${board(p)}/claims`,
    target: inBoard,
    badIds: boardBad,
    foreignTarget: foreignBoard,
    body: (f) => {
      const claim = (f.exported as { claims: { selector: TJson }[] }).claims[0]!;
      return { statement: "A new claim", selector: claim.selector, kind: "quantity", checkworthiness: 0.5 };
    },
  },
  ...(["PATCH", "DELETE"] as const).map(
    (method): TEndpoint => ({
      file: "boards/[boardId]/claims/[claimId]/route.ts",
      method,
      path: claimPath,
      target: inClaim,
      badIds: claimBad,
      foreignTarget: foreignClaim,
      body: method === "PATCH" ? (f) => ({ statement: "Edited", speaker: "Someone", version: f.claimVersion }) : undefined,
    }),
  ),
  {
    file: "boards/[boardId]/claims/[claimId]/due-date/route.ts",
    method: "PUT",
    path: (p) => `${claimPath(p)}/due-date`,
    target: inClaim,
    badIds: claimBad,
    foreignTarget: foreignClaim,
    body: (f) => ({ dueOn: "2031-01-01", version: f.claimVersion }),
  },
  {
    file: "boards/[boardId]/claims/[claimId]/workflow/route.ts",
    method: "POST",
    path: (p) => `${claimPath(p)}/workflow`,
    target: inClaim,
    badIds: claimBad,
    foreignTarget: foreignClaim,
    body: (f) => ({ type: "assign", assigneeId: f.editor.userId, version: f.claimVersion }),
    bodyIds: [["assigneeId"]],
    bodyBadIds: (f) => [f.foreignMember.userId],
  },
  {
    file: "boards/[boardId]/claims/[claimId]/comments/route.ts",
    method: "POST",
    path: (p) => `${claimPath(p)}/comments`,
    target: inClaim,
    badIds: claimBad,
    foreignTarget: foreignClaim,
    body: (f) => ({ body: "A reply", parentId: f.comment }),
    bodyIds: [["parentId"]],
    bodyBadIds: (f) => [f.siblingComment, f.foreignComment],
  },
  ...(["PATCH", "DELETE"] as const).map(
    (method): TEndpoint => ({
      file: "boards/[boardId]/claims/[claimId]/comments/[commentId]/route.ts",
      method,
      path: (p) => `${claimPath(p)}/comments/${p.commentId}`,
      target: (f) => ({ ...inClaim(f), commentId: f.comment }),
      badIds: (f) => ({ ...claimBad(f), claimId: [f.board.claimIds[1]!, ...claimBad(f).claimId], commentId: [f.siblingComment, f.foreignComment] }),
      foreignTarget: (f) => ({ ...foreignClaim(f), commentId: f.foreignComment }),
      body: method === "PATCH" ? () => ({ body: "Edited comment" }) : undefined,
    }),
  ),
  {
    file: "boards/[boardId]/claims/[claimId]/comments/[commentId]/restore/route.ts",
    method: "POST",
    path: (p) => `${claimPath(p)}/comments/${p.commentId}/restore`,
    target: (f) => ({ ...inClaim(f), commentId: f.comment }),
    badIds: (f) => ({ ...claimBad(f), claimId: [f.board.claimIds[1]!, ...claimBad(f).claimId], commentId: [f.siblingComment, f.foreignComment] }),
    foreignTarget: (f) => ({ ...foreignClaim(f), commentId: f.foreignComment }),
    body: () => ({}),
  },
  {
    file: "boards/[boardId]/visibility/route.ts",
    method: "PUT",
    path: (p) => `${board(p)}/visibility`,
    target: inBoard,
    badIds: boardBad,
    foreignTarget: foreignBoard,
    body: () => ({ visibility: "private" }),
  },
  {
    file: "boards/[boardId]/workflow/bulk/route.ts",
    method: "POST",
    path: (p) => `${board(p)}/workflow/bulk`,
    target: inBoard,
    badIds: boardBad,
    foreignTarget: foreignBoard,
    body: (f) => ({ claimIds: [f.board.claimIds[0]!, f.board.claimIds[1]!], command: { type: "move", toStage: "researching" } }),
    bodyIds: [["claimIds", 0], ["claimIds", 1]],
    bodyBadIds: otherClaims,
  },
  {
    file: "boards/[boardId]/links/route.ts",
    method: "POST",
    path: (p) => `${board(p)}/links`,
    target: inBoard,
    badIds: boardBad,
    foreignTarget: foreignBoard,
    body: (f) => ({ claimId: f.board.claimIds[0]!, evidenceId: f.board.evidenceIds.at(-1)!, stance: "context", strength: 2, note: "Fuzz" }),
    bodyIds: [["claimId"], ["evidenceId"]],
    bodyBadIds: (f) => [...otherClaims(f), f.foreign.evidenceIds[0]!],
  },
  ...(["PATCH", "DELETE"] as const).map(
    (method): TEndpoint => ({
      file: "boards/[boardId]/links/[linkId]/route.ts",
      method,
      path: (p) => `${board(p)}/links/${p.linkId}`,
      target: (f) => ({ ...inBoard(f), linkId: f.board.linkIds[0]! }),
      badIds: (f) => ({ ...boardBad(f), linkId: [f.sibling.linkIds[0]!, f.foreign.linkIds[0]!, f.board.relationIds[0]!] }),
      foreignTarget: (f) => ({ ...foreignBoard(f), linkId: f.foreign.linkIds[0]! }),
      body: method === "PATCH" ? () => ({ stance: "context", strength: 4, note: "Changed" }) : undefined,
    }),
  ),
  {
    file: "boards/[boardId]/graph/collapsed/route.ts",
    method: "PUT",
    path: (p) => `${board(p)}/graph/collapsed`,
    target: inBoard,
    badIds: boardBad,
    foreignTarget: foreignBoard,
    body: (f) => ({ claimId: f.board.claimIds[0]!, collapsed: true }),
    bodyIds: [["claimId"]],
    bodyBadIds: otherClaims,
  },
  {
    file: "boards/[boardId]/positions/route.ts",
    method: "PUT",
    path: (p) => `${board(p)}/positions`,
    target: inBoard,
    badIds: boardBad,
    foreignTarget: foreignBoard,
    body: (f) => ({ positions: [{ nodeId: f.board.claimIds[0]!, x: 10, y: 20 }], direction: "LR" }),
    bodyIds: [["positions", 0, "nodeId"]],
    bodyBadIds: otherClaims,
  },
  {
    file: "boards/[boardId]/evidence/route.ts",
    method: "POST",
    path: (p) => `${board(p)}/evidence`,
    target: inBoard,
    badIds: boardBad,
    foreignTarget: foreignBoard,
    body: (f) => ({ title: "A source", sourceType: "news_report", url: "https://example.org/a", reliability: 3, link: { claimId: f.board.claimIds[0]!, stance: "supports" } }),
    bodyIds: [["link", "claimId"]],
    bodyBadIds: otherClaims,
  },
  ...(["PATCH", "DELETE"] as const).map(
    (method): TEndpoint => ({
      file: "boards/[boardId]/evidence/[evidenceId]/route.ts",
      method,
      path: (p) => `${board(p)}/evidence/${p.evidenceId}`,
      target: (f) => ({ ...inBoard(f), evidenceId: f.board.evidenceIds[0]! }),
      badIds: (f) => ({ ...boardBad(f), evidenceId: [f.sibling.evidenceIds[0]!, f.foreign.evidenceIds[0]!, f.board.claimIds[0]!] }),
      foreignTarget: (f) => ({ ...foreignBoard(f), evidenceId: f.foreign.evidenceIds[0]! }),
      body: method === "PATCH" ? (f) => ({ title: "Renamed", version: f.evidenceVersion }) : undefined,
    }),
  ),
  {
    file: "boards/[boardId]/relations/route.ts",
    method: "POST",
    path: (p) => `${board(p)}/relations`,
    target: inBoard,
    badIds: boardBad,
    foreignTarget: foreignBoard,
    body: (f) => ({ fromClaimId: f.board.claimIds.at(-1)!, toClaimId: f.board.claimIds.at(-2)!, type: "supports", note: "" }),
    bodyIds: [["fromClaimId"], ["toClaimId"]],
    bodyBadIds: otherClaims,
  },
  ...(["PATCH", "DELETE"] as const).map(
    (method): TEndpoint => ({
      file: "boards/[boardId]/relations/[relationId]/route.ts",
      method,
      path: (p) => `${board(p)}/relations/${p.relationId}`,
      target: (f) => ({ ...inBoard(f), relationId: f.board.relationIds[0]! }),
      badIds: (f) => ({ ...boardBad(f), relationId: [f.sibling.relationIds[0]!, f.foreign.relationIds[0]!, f.board.linkIds[0]!] }),
      foreignTarget: (f) => ({ ...foreignBoard(f), relationId: f.foreign.relationIds[0]! }),
      body: method === "PATCH" ? () => ({ type: "attacks", note: "Changed" }) : undefined,
    }),
  ),
  {
    file: "boards/[boardId]/undercuts/route.ts",
    method: "POST",
    path: (p) => `${board(p)}/undercuts`,
    target: inBoard,
    badIds: boardBad,
    foreignTarget: foreignBoard,
    body: (f) => ({ fromClaimId: f.board.claimIds.at(-1)!, target: { type: "link", id: f.board.linkIds[0]! }, note: "" }),
    bodyIds: [["fromClaimId"], ["target", "id"]],
    bodyBadIds: (f) => [...otherClaims(f), f.sibling.linkIds[0]!, f.foreign.linkIds[0]!, f.board.relationIds[0]!],
  },
  ...(["PATCH", "DELETE"] as const).map(
    (method): TEndpoint => ({
      file: "boards/[boardId]/undercuts/[undercutId]/route.ts",
      method,
      path: (p) => `${board(p)}/undercuts/${p.undercutId}`,
      target: (f) => ({ ...inBoard(f), undercutId: f.undercuts.board }),
      badIds: (f) => ({ ...boardBad(f), undercutId: [f.undercuts.sibling, f.undercuts.foreign, f.board.linkIds[0]!, f.premiseGroups.board] }),
      foreignTarget: (f) => ({ ...foreignBoard(f), undercutId: f.undercuts.foreign }),
      body: method === "PATCH" ? () => ({ note: "Changed" }) : undefined,
    }),
  ),
  {
    file: "boards/[boardId]/premise-groups/route.ts",
    method: "POST",
    path: (p) => `${board(p)}/premise-groups`,
    target: inBoard,
    badIds: boardBad,
    foreignTarget: foreignBoard,
    body: (f) => ({ premiseClaimIds: [f.board.claimIds[1]!, f.board.claimIds[2]!], toClaimId: f.board.claimIds[3]!, type: "supports", note: "" }),
    bodyIds: [["premiseClaimIds", 0], ["premiseClaimIds", 1], ["toClaimId"]],
    bodyBadIds: otherClaims,
  },
  ...(["PATCH", "DELETE"] as const).map(
    (method): TEndpoint => ({
      file: "boards/[boardId]/premise-groups/[groupId]/route.ts",
      method,
      path: (p) => `${board(p)}/premise-groups/${p.groupId}`,
      target: (f) => ({ ...inBoard(f), groupId: f.premiseGroups.board }),
      badIds: (f) => ({ ...boardBad(f), groupId: [f.premiseGroups.sibling, f.premiseGroups.foreign, f.board.relationIds[0]!, f.undercuts.board] }),
      foreignTarget: (f) => ({ ...foreignBoard(f), groupId: f.premiseGroups.foreign }),
      body: method === "PATCH" ? (f) => ({ premiseClaimIds: [f.board.claimIds[1]!, f.board.claimIds[4]!], type: "attacks", note: "Changed" }) : undefined,
    }),
  ),
  {
    file: "workspaces/[workspaceId]/verdict-scale/route.ts",
    method: "PUT",
    path: (p) => `${workspace(p)}/verdict-scale`,
    target: (f) => ({ workspaceId: f.workspaceId }),
    badIds: (f) => ({ workspaceId: [f.otherWorkspaceId] }),
    body: (f) => ({ revision: f.revision, overrides: { verified: { label: "Checked", color: "#166534" } } }),
  },
  { file: "workspaces/route.ts", method: "POST", path: () => "/api/workspaces", body: () => ({ name: "Fuzz workspace" }) },
  {
    file: "workspaces/[workspaceId]/route.ts",
    method: "PATCH",
    path: workspace,
    target: (f) => ({ workspaceId: f.workspaceId }),
    badIds: (f) => ({ workspaceId: [f.otherWorkspaceId] }),
    body: () => ({ name: "Renamed workspace" }),
  },
  // No body: only bad and foreign ids reach it, and each must change nothing.
  {
    file: "workspaces/[workspaceId]/members/[userId]/password-reset/route.ts",
    method: "POST",
    path: (p) => `${workspace(p)}/members/${p.userId}/password-reset`,
    target: (f) => ({ workspaceId: f.workspaceId, userId: f.editor.userId }),
    badIds: (f) => ({ workspaceId: [f.otherWorkspaceId], userId: [f.foreignMember.userId] }),
    foreignTarget: (f) => ({ workspaceId: f.otherWorkspaceId, userId: f.foreignMember.userId }),
  },
  // A well-formed token no reset link has: refused (404) even as sent, signed in or not.
  {
    file: "password-resets/redeem/route.ts",
    method: "POST",
    path: () => "/api/password-resets/redeem",
    body: () => ({ token: "A".repeat(43), newPassword: "a long enough password" }),
    signedOutAllowed: true,
  },
  ...(["PATCH", "DELETE"] as const).map(
    (method): TEndpoint => ({
      file: "workspaces/[workspaceId]/members/[userId]/route.ts",
      method,
      path: (p) => `${workspace(p)}/members/${p.userId}`,
      target: (f) => ({ workspaceId: f.workspaceId, userId: f.editor.userId }),
      badIds: (f) => ({ workspaceId: [f.otherWorkspaceId], userId: [f.foreignMember.userId] }),
      foreignTarget: (f) => ({ workspaceId: f.otherWorkspaceId, userId: f.foreignMember.userId }),
      body: method === "PATCH" ? () => ({ role: "checker" }) : undefined,
    }),
  ),
  {
    file: "workspaces/[workspaceId]/invitations/route.ts",
    method: "POST",
    path: (p) => `${workspace(p)}/invitations`,
    target: (f) => ({ workspaceId: f.workspaceId }),
    badIds: (f) => ({ workspaceId: [f.otherWorkspaceId] }),
    body: () => ({ role: "viewer", note: "For a colleague" }),
  },
  {
    file: "workspaces/[workspaceId]/invitations/[invitationId]/route.ts",
    method: "DELETE",
    path: (p) => `${workspace(p)}/invitations/${p.invitationId}`,
    target: (f) => ({ workspaceId: f.workspaceId, invitationId: f.invitation }),
    badIds: (f) => ({ workspaceId: [f.otherWorkspaceId], invitationId: [f.foreignInvitation] }),
    foreignTarget: (f) => ({ workspaceId: f.otherWorkspaceId, invitationId: f.foreignInvitation }),
  },
  // Ids that are not the caller's notifications (a comment, another workspace's claim): 404, nothing marked.
  {
    file: "me/notifications/read/route.ts",
    method: "POST",
    path: () => "/api/me/notifications/read",
    body: (f) => ({ notificationIds: [f.comment] }),
    bodyIds: [["notificationIds", 0]],
    bodyBadIds: (f) => [f.comment, f.foreign.claimIds[0]!],
  },
  // A well-formed token no invitation has: refused (404) even as sent.
  { file: "invitations/accept/route.ts", method: "POST", path: () => "/api/invitations/accept", body: () => ({ token: "A".repeat(43) }) },
  ...(["sign-up/email", "sign-in/email"] as const).map(
    (action): TEndpoint => ({
      file: "auth/[...all]/route.ts",
      method: "POST",
      path: () => `/api/auth/${action}`,
      body: (): TJson => ({ ...(action === "sign-up/email" ? { name: "Fuzz" } : {}), email: "fuzz@example.test", password: "a long enough password" }),
      maxBytes: 64 * 1024,
      strict: false,
      auth: true,
    }),
  ),
  // One's own password and name, through Better Auth's own endpoints (the account page calls them).
  ...(["change-password", "update-user"] as const).map(
    (action): TEndpoint => ({
      file: "auth/[...all]/route.ts",
      method: "POST",
      path: () => `/api/auth/${action}`,
      body: (): TJson =>
        action === "change-password"
          ? { currentPassword: "a long enough password", newPassword: "another long password", revokeOtherSessions: true }
          : { name: "Fuzz" },
      maxBytes: 64 * 1024,
      strict: false,
      auth: true,
    }),
  ),
];
