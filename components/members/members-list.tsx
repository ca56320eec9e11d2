"use client";

import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { formatDay, ROLE_LABELS, withArticle } from "@/lib/members/role-labels";
import type { TWorkspaceMemberView } from "@/lib/members/types";
import { ROLES, type TRole } from "@/lib/permissions/roles";
import { FormError } from "../ui/form-error";
import { useAsyncAction } from "../ui/use-async-action";
import { createMembersApi } from "./members-api";

type TProps = {
  workspaceId: string;
  workspaceName: string;
  viewerId: string;
  /** Owners get role selects and Remove; everyone else reads the list. */
  canManage: boolean;
  initialMembers: TWorkspaceMemberView[];
};

/** The workspace's members with their roles; owners change roles and remove people, anyone may leave. */
export function MembersList({ workspaceId, workspaceName, viewerId, canManage, initialMembers }: TProps) {
  const router = useRouter();
  const api = useMemo(() => createMembersApi(workspaceId), [workspaceId]);
  const [members, setMembers] = useState(initialMembers);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [status, setStatus] = useState("");
  const { pending, error, run } = useAsyncAction();
  const ownerCount = members.filter((member) => member.role === "owner").length;

  const changeRole = (member: TWorkspaceMemberView, role: TRole) =>
    run(async () => {
      setStatus("");
      const saved = await api.changeRole(member.userId, role);
      setMembers((all) => all.map((m) => (m.userId === saved.userId ? saved : m)));
      setStatus(`${saved.name} is now ${withArticle(saved.role)}.`);
      if (saved.userId === viewerId) router.refresh();
    });

  const remove = (member: TWorkspaceMemberView) =>
    run(async () => {
      setStatus("");
      const { unassignedClaimIds } = await api.remove(member.userId);
      setConfirming(null);
      if (member.userId === viewerId) {
        router.push("/");
        router.refresh();
        return;
      }
      setMembers((all) => all.filter((m) => m.userId !== member.userId));
      const claims = unassignedClaimIds.length;
      setStatus(
        `${member.name} was removed from ${workspaceName}.` +
          (claims ? ` ${claims} claim${claims === 1 ? "" : "s"} they were working on went back to unassigned.` : ""),
      );
    });

  return (
    <section aria-labelledby="members-heading">
      <h2 id="members-heading">
        Members <span className="muted small">({members.length})</span>
      </h2>
      <table className="members-table">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Role</th>
            <th scope="col">Joined</th>
            <th scope="col">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {members.map((member) => {
            const self = member.userId === viewerId;
            const lastOwner = member.role === "owner" && ownerCount === 1;
            const canRemove = (canManage || self) && !lastOwner;
            return (
              <tr key={member.userId}>
                <th scope="row">
                  {member.name}
                  {self ? <span className="muted small"> (you)</span> : null}
                </th>
                <td>{member.email}</td>
                <td>
                  {canManage ? (
                    <select
                      className="inline"
                      aria-label={`Role of ${member.name}`}
                      value={member.role}
                      disabled={pending}
                      onChange={(event) => void changeRole(member, event.target.value as TRole)}
                    >
                      {ROLES.map((role) => (
                        <option key={role} value={role} disabled={lastOwner && role !== "owner"}>
                          {ROLE_LABELS[role]}
                        </option>
                      ))}
                    </select>
                  ) : (
                    ROLE_LABELS[member.role]
                  )}
                  {lastOwner ? <span className="muted small member-note">Only owner</span> : null}
                </td>
                <td>{formatDay(member.joinedAt)}</td>
                <td className="member-actions">
                  {confirming === member.userId ? (
                    <div className="member-confirm" role="group" aria-label={self ? "Confirm leaving" : `Confirm removing ${member.name}`}>
                      <p className="small">
                        {self ? `Leave ${workspaceName}? You will lose access to its private boards.` : `Remove ${member.name} from ${workspaceName}?`}{" "}
                        Claims {self ? "you are" : "they are"} researching, or that were returned to {self ? "you" : "them"}, go back to
                        unassigned.
                      </p>
                      <div className="form-actions">
                        <button type="button" className="button danger small" disabled={pending} onClick={() => void remove(member)}>
                          {self ? "Yes, leave" : "Yes, remove"}
                        </button>
                        <button type="button" className="button small" disabled={pending} onClick={() => setConfirming(null)}>
                          Cancel
                        </button>
                      </div>
                    </div>
                  ) : canRemove ? (
                    <button
                      type="button"
                      className="button danger small"
                      aria-label={self ? "Leave workspace" : `Remove ${member.name}`}
                      disabled={pending}
                      onClick={() => {
                        setStatus("");
                        setConfirming(member.userId);
                      }}
                    >
                      {self ? "Leave" : "Remove"}
                    </button>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {canManage && ownerCount === 1 ? (
        <p className="muted small">A workspace always keeps an owner: make someone else an owner before the only owner steps down.</p>
      ) : null}
      <FormError message={error} />
      <p className="muted small" role="status" aria-live="polite">
        {status}
      </p>
    </section>
  );
}
