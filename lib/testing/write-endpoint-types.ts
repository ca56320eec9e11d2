// The shape of a write endpoint's spec for the fuzz test (lib/http/write-endpoints.fuzz.integration.test.ts),
// the world it is fuzzed in, and the targets and bad ids most board endpoints share.
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

export const boardPath = (p: TParams) => `/api/boards/${p.boardId}`;
export const inBoard = (f: TFixture) => ({ boardId: f.board.boardId });
export const boardBad = (f: TFixture) => ({ boardId: [f.foreign.boardId] });
export const foreignBoard = (f: TFixture) => ({ boardId: f.foreign.boardId });
/** Ids that are not this board's claims: the sibling board's and the other workspace's claims, and an evidence id. */
export const otherClaims = (f: TFixture) => [f.sibling.claimIds[0]!, f.foreign.claimIds[0]!, f.sibling.evidenceIds[0]!];
