import type { TWorkflowStage } from "../workflow/stages";
import type { TNotificationKind } from "./kinds";

/** The claim a My work item or notification is about, with where it lives. */
export type TWorkClaimRef = {
  boardId: string;
  boardTitle: string;
  claimId: string;
  number: number;
  permalink: string;
  statement: string;
  stage: TWorkflowStage;
  /** YYYY-MM-DD, or null. */
  dueOn: string | null;
  /** True when the due date is before today (UTC) and the claim is not published. */
  overdue: boolean;
};

export type TNotificationView = {
  id: string;
  kind: TNotificationKind;
  actorName: string | null;
  createdAt: string;
  readAt: string | null;
  claim: TWorkClaimRef;
};

export type TNotificationsView = { unreadCount: number; notifications: TNotificationView[] };

export type TMentionItem = {
  commentId: string;
  authorName: string;
  /** The comment as plain text, mentions as "@Name". */
  excerpt: string;
  createdAt: string;
  claim: TWorkClaimRef;
};

export type TMyWorkView = {
  /** Today's date (UTC) the due dates were judged against. */
  today: string;
  assigned: TWorkClaimRef[];
  toReview: TWorkClaimRef[];
  returned: TWorkClaimRef[];
  mentions: TMentionItem[];
  /** Claims assigned to me, not published, due within DUE_SOON_DAYS or overdue, soonest first. */
  due: TWorkClaimRef[];
  unreadCount: number;
};
