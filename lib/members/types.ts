import type { TRole } from "../permissions/roles";

/** A member of a workspace, as its members page shows them. */
export type TWorkspaceMemberView = {
  userId: string;
  name: string;
  email: string;
  role: TRole;
  /** ISO 8601: when they joined the workspace. */
  joinedAt: string;
};

/** A workspace the signed-in person belongs to (home page). */
export type TMyWorkspaceView = {
  id: string;
  name: string;
  role: TRole;
  memberCount: number;
};

/** A pending invitation, as its workspace's owners see it. The token is never part of it. */
export type TInvitationView = {
  id: string;
  role: TRole;
  note: string;
  createdBy: { userId: string; name: string | null };
  createdAt: string;
  expiresAt: string;
};

/** What creating an invitation returns: the only time the token is ever shown. */
export type TCreatedInvitation = {
  invitation: TInvitationView;
  token: string;
  /** The path to share, e.g. /invite/<token>. */
  path: string;
};

export type TInvitationStatus = "valid" | "expired" | "revoked" | "used";

/** What the invite page shows to whoever holds the link. */
export type TInvitationPreview =
  | { status: "unknown" }
  | { status: TInvitationStatus; workspaceName: string; role: TRole; expiresAt: string };

export type TAcceptedInvitation = { workspaceId: string; workspaceName: string; role: TRole };
