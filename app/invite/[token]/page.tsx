import type { Metadata } from "next";
import Link from "next/link";
import { JoinWorkspaceButton } from "@/components/members/join-workspace-button";
import { getInvitationPreview } from "@/lib/data/invitations/get-invitation-preview";
import { getPrisma } from "@/lib/db/prisma-client";
import { getSignedInUser } from "@/lib/http/request-actor";
import { INVITATION_PROBLEMS } from "@/lib/members/invitation-status";
import { formatDay } from "@/lib/display/format-day";
import { ROLE_DESCRIPTIONS, ROLE_LABELS } from "@/lib/members/role-labels";

// The token is in the address: never send it on to another site.
export const metadata: Metadata = { title: "Invitation · Claimgraph", referrer: "no-referrer" };
export const dynamic = "force-dynamic";

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [preview, user] = await Promise.all([getInvitationPreview(getPrisma(), token), getSignedInUser()]);

  if (preview.status !== "valid") {
    return (
      <main className="page narrow">
        <h1>This invitation can&apos;t be used</h1>
        {preview.status !== "unknown" ? (
          <p className="muted">
            It was an invitation to join {preview.workspaceName} as {ROLE_LABELS[preview.role].toLowerCase()}.
          </p>
        ) : null}
        <p>{INVITATION_PROBLEMS[preview.status]}</p>
        <p>
          <Link href="/">Go to the home page</Link>
        </p>
      </main>
    );
  }

  const here = `/invite/${encodeURIComponent(token)}`;
  const next = encodeURIComponent(here);
  return (
    <main className="page narrow">
      <h1>
        Join {preview.workspaceName} as {ROLE_LABELS[preview.role].toLowerCase()}
      </h1>
      <p>
        You have been invited to the {preview.workspaceName} workspace on Claimgraph. As {ROLE_LABELS[preview.role].toLowerCase()}{" "}
        you {ROLE_DESCRIPTIONS[preview.role]}.
      </p>
      <p className="muted small">This link works once and expires on {formatDay(preview.expiresAt)}.</p>
      {user ? (
        <>
          <p>
            You are signed in as <strong>{user.name}</strong> ({user.email}).
          </p>
          <JoinWorkspaceButton token={token} />
        </>
      ) : (
        <>
          <p>Sign in, or create an account, to join. You will come back here afterwards.</p>
          <div className="form-actions">
            <Link className="button primary" href={`/sign-up?next=${next}`}>
              Create an account
            </Link>
            <Link className="button" href={`/sign-in?next=${next}`}>
              Sign in
            </Link>
          </div>
        </>
      )}
    </main>
  );
}
