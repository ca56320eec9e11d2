import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { safeReturnPath } from "@/lib/auth/safe-return-path";
import { getSignedInUser } from "@/lib/http/request-actor";

export const metadata: Metadata = { title: "Sign in · Claimgraph" };
export const dynamic = "force-dynamic";

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const { next } = await searchParams;
  const returnTo = safeReturnPath(typeof next === "string" ? next : null);
  if (await getSignedInUser()) redirect(returnTo);
  return (
    <main className="page narrow">
      <h1>Sign in</h1>
      <SignInForm returnTo={returnTo} />
    </main>
  );
}
