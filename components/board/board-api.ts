// Typed calls to the board's JSON API. Every failure becomes an ApiError
// carrying the server's message, which the forms show as it is.
import { boardRowsPath, type TBoardRowsPage } from "@/lib/board/board-rows";
import type { TBoardRowTable } from "@/lib/schemas/board-rows";
import type { TActivityEntryView } from "@/lib/activity/types";
import type { TQuoteWindow } from "@/lib/anchoring/quote-window";
import type {
  TClaimRelationView,
  TClaimView,
  TCorrectionView,
  TEvidenceLinkView,
  TEvidenceView,
  TPremiseGroupView,
  TUndercutView,
} from "@/lib/board/types";
import type { z } from "zod";
import type {
  TBulkWorkflowCommand,
  TClaimUpdateInput,
  TClaimWorkflowInput,
  ZClaimCreateInput,
} from "@/lib/schemas/claim";
import type { TEvidenceUpdateInput, ZEvidenceCreateInput } from "@/lib/schemas/evidence";
import type { TEvidenceLinkUpdateInput, ZEvidenceLinkCreateInput } from "@/lib/schemas/link";
import type { TNodePositionsInput } from "@/lib/schemas/positions";
import type { TClaimRelationUpdateInput, ZClaimRelationCreateInput } from "@/lib/schemas/relation";
import type { ZBoardCreateInput } from "@/lib/schemas/board";
import type { TPremiseGroupUpdateInput, ZPremiseGroupCreateInput } from "@/lib/schemas/premise-group";
import type { TUndercutUpdateInput, ZUndercutCreateInput } from "@/lib/schemas/undercut";
import type { TCommentCreateInput, TCommentUpdateInput } from "@/lib/comments/comment-input";
import type { TCommentView } from "@/lib/comments/types";
import { callJsonApi as call } from "./call-json-api";

// Bodies are the schemas' input types: fields with server-side defaults may be left out.
type TClaimCreateBody = z.input<typeof ZClaimCreateInput>;
type TEvidenceCreateBody = z.input<typeof ZEvidenceCreateInput>;
type TLinkCreateBody = z.input<typeof ZEvidenceLinkCreateInput>;
type TRelationCreateBody = z.input<typeof ZClaimRelationCreateInput>;

/** Calls that are not about one board. */
export const boardsApi = {
  createBoard: (input: z.input<typeof ZBoardCreateInput>) => call<{ id: string }>("POST", "/api/boards", input),
};

export function createBoardApi(boardId: string) {
  const base = `/api/boards/${encodeURIComponent(boardId)}`;
  return {
    createClaim: (input: TClaimCreateBody) => call<TClaimView>("POST", `${base}/claims`, input),
    updateClaim: (claimId: string, input: TClaimUpdateInput) =>
      call<TClaimView>("PATCH", `${base}/claims/${claimId}`, input),
    deleteClaim: (claimId: string) => call<void>("DELETE", `${base}/claims/${claimId}`),
    /** The article around the claim's quote, for views without the article's text; null when the quote is gone. */
    getClaimContext: (claimId: string) => call<{ context: TQuoteWindow | null }>("GET", `${base}/claims/${claimId}/context`),
    /** `corrections` (the claim's, oldest first) comes back only for a correction. */
    applyWorkflowCommand: (claimId: string, command: TClaimWorkflowInput) =>
      call<{ claim: TClaimView; corrections?: TCorrectionView[] }>("POST", `${base}/claims/${claimId}/workflow`, command),
    setDueDate: (claimId: string, dueOn: string | null, version?: number) =>
      call<{ claim: TClaimView }>("PUT", `${base}/claims/${claimId}/due-date`, { dueOn, version }),
    /**
     * All or nothing: a 4xx lists each refused claim with its reason (details.refused); a 409 for
     * claims whose version differs from `versions` (claim id → version seen) sends them (details.current).
     */
    applyBulkWorkflowCommand: (claimIds: string[], command: TBulkWorkflowCommand, versions?: Record<string, number>) =>
      call<{ claims: TClaimView[] }>("POST", `${base}/workflow/bulk`, { claimIds, command, versions }),
    createEvidence: (input: TEvidenceCreateBody) =>
      call<TEvidenceView & { link?: TEvidenceLinkView }>("POST", `${base}/evidence`, input),
    updateEvidence: (evidenceId: string, input: TEvidenceUpdateInput) =>
      call<TEvidenceView>("PATCH", `${base}/evidence/${evidenceId}`, input),
    deleteEvidence: (evidenceId: string) => call<void>("DELETE", `${base}/evidence/${evidenceId}`),
    createLink: (input: TLinkCreateBody) => call<TEvidenceLinkView>("POST", `${base}/links`, input),
    updateLink: (linkId: string, input: TEvidenceLinkUpdateInput) =>
      call<TEvidenceLinkView>("PATCH", `${base}/links/${linkId}`, input),
    deleteLink: (linkId: string) => call<void>("DELETE", `${base}/links/${linkId}`),
    createRelation: (input: TRelationCreateBody) => call<TClaimRelationView>("POST", `${base}/relations`, input),
    updateRelation: (relationId: string, input: TClaimRelationUpdateInput) =>
      call<TClaimRelationView>("PATCH", `${base}/relations/${relationId}`, input),
    deleteRelation: (relationId: string) => call<void>("DELETE", `${base}/relations/${relationId}`),
    createUndercut: (input: z.input<typeof ZUndercutCreateInput>) => call<TUndercutView>("POST", `${base}/undercuts`, input),
    updateUndercut: (undercutId: string, input: TUndercutUpdateInput) =>
      call<TUndercutView>("PATCH", `${base}/undercuts/${undercutId}`, input),
    deleteUndercut: (undercutId: string) => call<void>("DELETE", `${base}/undercuts/${undercutId}`),
    createPremiseGroup: (input: z.input<typeof ZPremiseGroupCreateInput>) =>
      call<TPremiseGroupView>("POST", `${base}/premise-groups`, input),
    updatePremiseGroup: (groupId: string, input: TPremiseGroupUpdateInput) =>
      call<TPremiseGroupView>("PATCH", `${base}/premise-groups/${groupId}`, input),
    deletePremiseGroup: (groupId: string) => call<void>("DELETE", `${base}/premise-groups/${groupId}`),
    /** One page of one of the board's tables, for a page that carried only the first slice of a large board. */
    rowsPage: <T extends TBoardRowTable>(table: T, after: string | null) =>
      call<TBoardRowsPage<T>>("GET", boardRowsPath(boardId, table, after)),
    listActivity: (claimId?: string) =>
      call<{ entries: TActivityEntryView[] }>("GET", `${base}/activity${claimId ? `?claimId=${encodeURIComponent(claimId)}` : ""}`),
    savePositions: (input: TNodePositionsInput) => call<{ saved: number }>("PUT", `${base}/positions`, input),
    listComments: (claimId: string) => call<{ comments: TCommentView[] }>("GET", `${base}/claims/${claimId}/comments`),
    createComment: (claimId: string, input: TCommentCreateInput) =>
      call<TCommentView>("POST", `${base}/claims/${claimId}/comments`, input),
    updateComment: (claimId: string, commentId: string, input: TCommentUpdateInput) =>
      call<TCommentView>("PATCH", `${base}/claims/${claimId}/comments/${commentId}`, input),
    deleteComment: (claimId: string, commentId: string) =>
      call<TCommentView>("DELETE", `${base}/claims/${claimId}/comments/${commentId}`),
    restoreComment: (claimId: string, commentId: string) =>
      call<TCommentView>("POST", `${base}/claims/${claimId}/comments/${commentId}/restore`, {}),
  };
}
export type TBoardApi = ReturnType<typeof createBoardApi>;
