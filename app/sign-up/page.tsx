import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { PASSWORD_MIN_LENGTH } from "@/lib/data/auth/create-auth";
import { safeReturnPath } from "@/lib/auth/safe-return-path";
import { getSignedInUser } from "@/lib/http/request-actor";

export const metadata: Metadata = { title: "Create an account · Claimgraph" };
export const dynamic = "force-dynamic";

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const { next } = await searchParams;
  const returnTo = safeReturnPath(typeof next === "string" ? next : null);
  if (await getSignedInUser()) redirect(returnTo);
  return (
    <main className="page narrow">
      <h1>Create an account</h1>
      <p className="muted">
        The first account on a new install becomes its owner. Anyone else joins a workspace through an invitation link
        from its owner; until then you can read public boards. If you already have an account with this address, sign
        in instead: creating it again changes nothing.
      </p>
      <SignUpForm returnTo={returnTo} minPasswordLength={PASSWORD_MIN_LENGTH} />
    </main>
  );
}
