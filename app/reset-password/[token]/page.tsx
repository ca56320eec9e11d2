import type { Metadata } from "next";
import Link from "next/link";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";
import { getPasswordResetPreview } from "@/lib/data/password-resets/get-password-reset-preview";
import { PASSWORD_RESET_PROBLEMS } from "@/lib/data/password-resets/password-reset-status";
import { getPrisma } from "@/lib/db/prisma-client";

// The token is in the address: never send it on to another site.
export const metadata: Metadata = { title: "Set a new password · Claimgraph", referrer: "no-referrer" };
export const dynamic = "force-dynamic";

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const preview = await getPasswordResetPreview(getPrisma(), token);
  if (preview.status !== "valid") {
    return (
      <main className="page narrow">
        <h1>This password-reset link can&apos;t be used</h1>
        <p>{PASSWORD_RESET_PROBLEMS[preview.status]}</p>
        <p>
          <Link href="/sign-in">Go to sign in</Link>
        </p>
      </main>
    );
  }
  return (
    <main className="page narrow">
      <h1>Set a new password</h1>
      <p>
        A workspace owner made this link for <strong>{preview.name}</strong>. Choose a new password; you will then be signed out
        everywhere and can sign in with it.
      </p>
      <ResetPasswordForm token={token} />
    </main>
  );
}
