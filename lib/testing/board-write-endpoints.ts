// Write endpoints of boards, their claims, the claims' workflow and comments, for the fuzz test (see write-endpoint-specs.ts).
import { boardBad, boardPath, foreignBoard, inBoard, otherClaims, type TEndpoint, type TFixture, type TParams } from "./write-endpoint-types";
import type { TJson } from "./invalid-requests";

const claimPath = (p: TParams) => `${boardPath(p)}/claims/${p.claimId}`;
const inClaim = (f: TFixture) => ({ boardId: f.board.boardId, claimId: f.board.claimIds[0]! });
const claimBad = (f: TFixture) => ({ boardId: [f.foreign.boardId], claimId: [f.sibling.claimIds[0]!, f.foreign.claimIds[0]!] });
const foreignClaim = (f: TFixture) => ({ boardId: f.foreign.boardId, claimId: f.foreign.claimIds[0]! });

export const BOARD_WRITE_ENDPOINTS: TEndpoint[] = [
  { file: "boards/route.ts", method: "POST", path: () => "/api/boards", body: () => ({ title: "Fuzz board", article: { text: "A sentence to check." } }) },
  ...(["PATCH", "DELETE"] as const).map(
    (method): TEndpoint => ({
      file: "boards/[boardId]/route.ts",
      method,
      path: boardPath,
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
    path: (p) => `${boardPath(p)}/archived`,
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
    path: (p) => `${boardPath(p)}/claims`,
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
    path: (p) => `${boardPath(p)}/visibility`,
    target: inBoard,
    badIds: boardBad,
    foreignTarget: foreignBoard,
    body: () => ({ visibility: "private" }),
  },
  {
    file: "boards/[boardId]/workflow/bulk/route.ts",
    method: "POST",
    path: (p) => `${boardPath(p)}/workflow/bulk`,
    target: inBoard,
    badIds: boardBad,
    foreignTarget: foreignBoard,
    body: (f) => ({ claimIds: [f.board.claimIds[0]!, f.board.claimIds[1]!], command: { type: "move", toStage: "researching" } }),
    bodyIds: [["claimIds", 0], ["claimIds", 1]],
    bodyBadIds: otherClaims,
  },
];
