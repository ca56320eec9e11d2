"use client";

import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { formatDay } from "@/lib/display/format-day";
import { ROLE_LABELS, withArticle } from "@/lib/members/role-labels";
import type { TWorkspaceMemberView } from "@/lib/members/types";
import { ROLES, type TRole } from "@/lib/permissions/roles";
import { FormError } from "../ui/form-error";
import { useAsyncAction } from "../ui/use-async-action";
import { createMembersApi } from "./members-api";

type TProps = {
  workspaceId: string;
  workspaceName: string;
  viewerId: string;
  /** Owners get role selects with Change role, and Remove; everyone else reads the list. */
  canManage: boolean;
  initialMembers: TWorkspaceMemberView[];
};

/** The workspace's members with their roles; owners change roles and remove people, anyone may leave. */
export function MembersList({ workspaceId, workspaceName, viewerId, canManage, initialMembers }: TProps) {
  const router = useRouter();
  const api = useMemo(() => createMembersApi(workspaceId), [workspaceId]);
  const [members, setMembers] = useState(initialMembers);
  const [confirming, setConfirming] = useState<string | null>(null);
  // The role chosen in each member's select, not yet applied: a select changes as one arrows through it.
  const [chosenRoles, setChosenRoles] = useState<Record<string, TRole>>({});
  const [confirmingStepDown, setConfirmingStepDown] = useState(false);
  const [status, setStatus] = useState("");
  const { pending, error, run } = useAsyncAction();
  const ownerCount = members.filter((member) => member.role === "owner").length;

  const changeRole = (member: TWorkspaceMemberView, role: TRole) =>
    run(async () => {
      setStatus("");
      const saved = await api.changeRole(member.userId, role);
      setMembers((all) => all.map((m) => (m.userId === saved.userId ? saved : m)));
      setChosenRoles((all) => {
        const { [saved.userId]: applied, ...others } = all;
        return applied === undefined ? all : others;
      });
      setConfirmingStepDown(false);
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
            const chosenRole = chosenRoles[member.userId] ?? member.role;
            const roleChosen = chosenRole !== member.role;
            // An owner stepping down loses the members page's controls at once, so that one is confirmed.
            const stepsDown = self && member.role === "owner" && chosenRole !== "owner";
            return (
              <tr key={member.userId}>
                <th scope="row">
                  {member.name}
                  {self ? <span className="muted small"> (you)</span> : null}
                </th>
                <td>{member.email}</td>
                <td>
                  {canManage ? (
                    <div className="member-role">
                      <select
                        className="inline"
                        aria-label={`Role of ${member.name}`}
                        value={chosenRole}
                        disabled={pending}
                        onChange={(event) => {
                          setStatus("");
                          setConfirmingStepDown(false);
                          setChosenRoles((all) => ({ ...all, [member.userId]: event.target.value as TRole }));
                        }}
                      >
                        {ROLES.map((role) => (
                          <option key={role} value={role} disabled={lastOwner && role !== "owner"}>
                            {ROLE_LABELS[role]}
                          </option>
                        ))}
                      </select>
                      {roleChosen && stepsDown && confirmingStepDown ? (
                        <div className="member-confirm" role="group" aria-label="Confirm stepping down">
                          <p className="small">
                            Become {withArticle(chosenRole)} of {workspaceName}? You will no longer manage its members; another
                            owner can give the role back.
                          </p>
                          <div className="form-actions">
                            <button type="button" className="button danger small" disabled={pending} onClick={() => void changeRole(member, chosenRole)}>
                              Yes, step down
                            </button>
                            <button type="button" className="button small" disabled={pending} onClick={() => setConfirmingStepDown(false)}>
                              Cancel
                            </button>
                          </div>
                        </div>
                      ) : roleChosen ? (
                        <button
                          type="button"
                          className="button small"
                          aria-label={`Change role of ${member.name} to ${ROLE_LABELS[chosenRole]}`}
                          disabled={pending}
                          onClick={() => (stepsDown ? setConfirmingStepDown(true) : void changeRole(member, chosenRole))}
                        >
                          Change role
                        </button>
                      ) : null}
                    </div>
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
