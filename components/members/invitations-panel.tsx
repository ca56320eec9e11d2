"use client";

import { useMemo, useRef, useState, type FormEvent } from "react";
import { formatDay } from "@/lib/display/format-day";
import { ROLE_DESCRIPTIONS, ROLE_LABELS, withArticle } from "@/lib/members/role-labels";
import type { TInvitationView } from "@/lib/members/types";
import { ROLES, type TRole } from "@/lib/permissions/roles";
import { INVITATION_LIFETIME_DAYS, INVITATION_NOTE_MAX } from "@/lib/schemas/invitation";
import { FormError } from "../ui/form-error";
import { useAsyncAction } from "../ui/use-async-action";
import { createMembersApi } from "./members-api";

type TCreatedLink = { url: string; role: TRole; note: string };
type TCopyState = "idle" | "copied" | "failed";

/** Owners invite people by link (no mail server needed) and revoke links not used yet. */
export function InvitationsPanel({
  workspaceId,
  initialInvitations,
}: {
  workspaceId: string;
  initialInvitations: TInvitationView[];
}) {
  const api = useMemo(() => createMembersApi(workspaceId), [workspaceId]);
  const [invitations, setInvitations] = useState(initialInvitations);
  const [role, setRole] = useState<TRole>("checker");
  const [note, setNote] = useState("");
  const [created, setCreated] = useState<TCreatedLink | null>(null);
  const [copy, setCopy] = useState<TCopyState>("idle");
  const [status, setStatus] = useState("");
  const linkField = useRef<HTMLInputElement>(null);
  const creating = useAsyncAction();
  const revoking = useAsyncAction();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await creating.run(async () => {
      setStatus("");
      const result = await api.createInvitation(role, note.trim());
      setCreated({ url: new URL(result.path, window.location.origin).toString(), role: result.invitation.role, note: result.invitation.note });
      setCopy("idle");
      setInvitations((all) => [result.invitation, ...all]);
      setNote("");
      // Selected at once, so it can be copied by hand too.
      requestAnimationFrame(() => linkField.current?.select());
    });
  }

  async function copyLink() {
    if (!created) return;
    try {
      if (!navigator.clipboard) throw new Error("no clipboard");
      await navigator.clipboard.writeText(created.url);
      setCopy("copied");
    } catch {
      setCopy("failed");
      linkField.current?.focus();
      linkField.current?.select();
    }
  }

  const revoke = (invitation: TInvitationView) =>
    revoking.run(async () => {
      setStatus("");
      await api.revokeInvitation(invitation.id);
      setInvitations((all) => all.filter((i) => i.id !== invitation.id));
      setStatus(`The invitation${invitation.note ? ` for ${invitation.note}` : ""} was revoked: its link no longer works.`);
    });

  return (
    <>
      <section aria-labelledby="invite-heading" className="card-form members-invite">
        <h2 id="invite-heading">Invite someone</h2>
        <p className="muted small">
          Create a link and send it to the person yourself. It works once and expires in {INVITATION_LIFETIME_DAYS} days. Anyone
          holding it can join, so share it only with them.
        </p>
        <form onSubmit={onSubmit}>
          <div className="field-row">
            <div className="field">
              <label htmlFor="invite-role">Role</label>
              <select id="invite-role" value={role} onChange={(event) => setRole(event.target.value as TRole)} aria-describedby="invite-role-help">
                {ROLES.map((r) => (
                  <option key={r} value={r}>
                    {ROLE_LABELS[r]}
                  </option>
                ))}
              </select>
              <span id="invite-role-help" className="muted small">
                {ROLE_LABELS[role]}: {ROLE_DESCRIPTIONS[role]}.
              </span>
            </div>
            <div className="field">
              <label htmlFor="invite-note">Note (optional)</label>
              <input
                id="invite-note"
                value={note}
                maxLength={INVITATION_NOTE_MAX}
                placeholder="Who it is for, e.g. Sam, politics desk"
                onChange={(event) => setNote(event.target.value)}
                aria-describedby="invite-note-help"
              />
              <span id="invite-note-help" className="muted small">
                A reminder for owners; up to {INVITATION_NOTE_MAX} characters.
              </span>
            </div>
          </div>
          <FormError message={creating.error} />
          <div className="form-actions">
            <button type="submit" className="button primary" disabled={creating.pending}>
              {creating.pending ? "Creating link…" : "Create invitation link"}
            </button>
          </div>
        </form>
        {created ? (
          <div className="invite-link" role="region" aria-label="New invitation link">
            <p className="small">
              Link to join as {withArticle(created.role)}
              {created.note ? ` (${created.note})` : ""}. It is shown only now: copy it before leaving this page.
            </p>
            <div className="invite-link-row">
              <label htmlFor="invite-link" className="sr-only">
                Invitation link
              </label>
              <input id="invite-link" ref={linkField} readOnly value={created.url} onFocus={(event) => event.currentTarget.select()} />
              <button type="button" className="button" onClick={() => void copyLink()}>
                Copy link
              </button>
            </div>
            <p className="small" role="status" aria-live="polite">
              {copy === "copied"
                ? "✓ Link copied. Paste it into a message to the person you are inviting."
                : copy === "failed"
                  ? "The link could not be copied automatically. It is selected in the box above: press Ctrl+C (⌘C on a Mac) to copy it."
                  : ""}
            </p>
          </div>
        ) : null}
      </section>

      <section aria-labelledby="pending-heading">
        <h2 id="pending-heading" className="section-heading">
          Pending invitations <span className="muted small">({invitations.length})</span>
        </h2>
        {invitations.length === 0 ? (
          <p className="muted">No invitations waiting to be used.</p>
        ) : (
          <ul className="plain-list pending-invitations">
            {invitations.map((invitation) => (
              <li key={invitation.id} className="pending-invitation">
                <div>
                  <strong>{ROLE_LABELS[invitation.role]}</strong>
                  {invitation.note ? <> · {invitation.note}</> : null}
                  <p className="muted small">
                    Created by {invitation.createdBy.name ?? "a former member"} on {formatDay(invitation.createdAt)} · expires{" "}
                    {formatDay(invitation.expiresAt)}
                  </p>
                </div>
                <button
                  type="button"
                  className="button danger small"
                  disabled={revoking.pending}
                  aria-label={`Revoke ${ROLE_LABELS[invitation.role].toLowerCase()} invitation${invitation.note ? ` for ${invitation.note}` : ""}`}
                  onClick={() => void revoke(invitation)}
                >
                  Revoke
                </button>
              </li>
            ))}
          </ul>
        )}
        <FormError message={revoking.error} />
        <p className="muted small" role="status" aria-live="polite">
          {status}
        </p>
      </section>
    </>
  );
}
