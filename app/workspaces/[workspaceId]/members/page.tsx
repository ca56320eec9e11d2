import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { InvitationsPanel } from "@/components/members/invitations-panel";
import { MembersList } from "@/components/members/members-list";
import { PasswordResetPanel } from "@/components/members/password-reset-panel";
import { RenameWorkspaceForm } from "@/components/members/rename-workspace-form";
import { listInvitations } from "@/lib/data/invitations/list-invitations";
import { listMyWorkspaces } from "@/lib/data/members/list-my-workspaces";
import { listWorkspaceMembers } from "@/lib/data/members/list-workspace-members";
import { getPrisma } from "@/lib/db/prisma-client";
import { getRequestActor } from "@/lib/http/request-actor";
import { ROLE_LABELS, withArticle } from "@/lib/members/role-labels";
import { roleCan } from "@/lib/permissions/roles";

export const metadata: Metadata = { title: "Members · Claimgraph" };
export const dynamic = "force-dynamic";

export default async function WorkspaceMembersPage({ params }: { params: Promise<{ workspaceId: string }> }) {
  const { workspaceId } = await params;
  const db = getPrisma();
  const actor = await getRequestActor();
  // Only members see a workspace: everyone else gets the same 404 as for one that does not exist.
  const workspace = (await listMyWorkspaces(db, actor)).find((w) => w.id === workspaceId);
  if (!workspace || actor.userId === null) notFound();
  const canManage = roleCan(workspace.role, "workspace.manageMembers");
  const [members, invitations] = await Promise.all([
    listWorkspaceMembers(db, actor, workspaceId),
    canManage ? listInvitations(db, actor, workspaceId) : Promise.resolve([]),
  ]);
  return (
    <main className="page narrow members-page">
      <p className="small">
        <Link href="/">← All boards</Link>
      </p>
      <h1>{workspace.name}: members</h1>
      <p className="muted">
        You are {withArticle(workspace.role)} here.{" "}
        {canManage
          ? "As an owner you choose each member's role, remove members and invite new ones."
          : `Only owners change roles and invite people; ask one of them. Your role: ${ROLE_LABELS[workspace.role]}.`}
      </p>
      <MembersList
        workspaceId={workspaceId}
        workspaceName={workspace.name}
        viewerId={actor.userId}
        canManage={canManage}
        initialMembers={members}
      />
      {canManage ? <InvitationsPanel workspaceId={workspaceId} initialInvitations={invitations} /> : null}
      {roleCan(workspace.role, "workspace.resetPasswords") ? (
        <PasswordResetPanel workspaceId={workspaceId} members={members.filter((member) => member.userId !== actor.userId)} />
      ) : null}
      {roleCan(workspace.role, "workspace.rename") ? <RenameWorkspaceForm workspaceId={workspaceId} name={workspace.name} /> : null}
    </main>
  );
}
