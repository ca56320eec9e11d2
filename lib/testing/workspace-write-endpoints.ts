// Write endpoints of workspaces, members, invitations, notifications, password resets and Better Auth's own
// account endpoints, for the fuzz test (see write-endpoint-specs.ts).
import type { TJson } from "./invalid-requests";
import type { TEndpoint, TParams } from "./write-endpoint-types";

const workspace = (p: TParams) => `/api/workspaces/${p.workspaceId}`;

export const WORKSPACE_WRITE_ENDPOINTS: TEndpoint[] = [
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
