"use client";

import { useRef, useState, type FormEvent } from "react";
import type { TWorkspaceMemberView } from "@/lib/members/types";
import { PASSWORD_RESET_LIFETIME_HOURS } from "@/lib/schemas/password-reset";
import { callJsonApi } from "../board/call-json-api";
import { FormError } from "../ui/form-error";
import { useAsyncAction } from "../ui/use-async-action";

type TCreated = { url: string; name: string; expiresAt: string };

/** Owners make a single-use link with which a member sets a new password; the link is shown once. */
export function PasswordResetPanel({ workspaceId, members }: { workspaceId: string; members: TWorkspaceMemberView[] }) {
  const [userId, setUserId] = useState(members[0]?.userId ?? "");
  const [created, setCreated] = useState<TCreated | null>(null);
  const [copied, setCopied] = useState("");
  const linkField = useRef<HTMLInputElement>(null);
  const { pending, error, run } = useAsyncAction();
  if (members.length === 0) return null;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await run(async () => {
      const result = await callJsonApi<{ path: string; expiresAt: string; member: { name: string } }>(
        "POST",
        `/api/workspaces/${workspaceId}/members/${userId}/password-reset`,
      );
      setCreated({ url: new URL(result.path, window.location.origin).toString(), name: result.member.name, expiresAt: result.expiresAt });
      setCopied("");
      requestAnimationFrame(() => linkField.current?.select());
    });
  }

  async function copyLink() {
    if (!created) return;
    try {
      if (!navigator.clipboard) throw new Error("no clipboard");
      await navigator.clipboard.writeText(created.url);
      setCopied("✓ Link copied.");
    } catch {
      setCopied("The link could not be copied automatically. It is selected in the box above: press Ctrl+C (⌘C on a Mac).");
      linkField.current?.select();
    }
  }

  return (
    <section aria-labelledby="reset-heading" className="card-form members-reset">
      <h2 id="reset-heading">Reset a member&apos;s password</h2>
      <p className="muted small">
        For a member who can&apos;t sign in. Make a link and give it to them yourself: it works once, expires in{" "}
        {PASSWORD_RESET_LIFETIME_HOURS} hours, and signs them out everywhere when they use it. A newer link replaces an older one.
      </p>
      <form onSubmit={onSubmit}>
        <div className="field">
          <label htmlFor="reset-member">Member</label>
          <select id="reset-member" value={userId} onChange={(event) => setUserId(event.target.value)}>
            {members.map((member) => (
              <option key={member.userId} value={member.userId}>
                {member.name} ({member.email})
              </option>
            ))}
          </select>
        </div>
        <FormError message={error} />
        <div className="form-actions">
          <button type="submit" className="button" disabled={pending}>
            {pending ? "Making link…" : "Make password-reset link"}
          </button>
        </div>
      </form>
      {created ? (
        <div className="invite-link" role="region" aria-label="New password-reset link">
          <p className="small">
            Password-reset link for {created.name}. It is shown only now: copy it before leaving this page.
          </p>
          <div className="invite-link-row">
            <label htmlFor="reset-link" className="sr-only">
              Password-reset link
            </label>
            <input id="reset-link" ref={linkField} readOnly value={created.url} onFocus={(event) => event.currentTarget.select()} />
            <button type="button" className="button" onClick={() => void copyLink()}>
              Copy link
            </button>
          </div>
          <p className="small" role="status" aria-live="polite">
            {copied}
          </p>
        </div>
      ) : null}
    </section>
  );
}
