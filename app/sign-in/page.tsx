import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { safeReturnPath } from "@/lib/auth/safe-return-path";
import { listDemoAccounts } from "@/lib/data/auth/list-demo-accounts";
import { DEMO_PASSWORD } from "@/lib/data/seed/seed-demo-team";
import { getPrisma } from "@/lib/db/prisma-client";
import { getSignedInUser } from "@/lib/http/request-actor";
import { ROLE_LABELS } from "@/lib/members/role-labels";

export const metadata: Metadata = { title: "Sign in · Claimgraph" };
export const dynamic = "force-dynamic";

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const { next } = await searchParams;
  const returnTo = safeReturnPath(typeof next === "string" ? next : null);
  if (await getSignedInUser()) redirect(returnTo);
  // Asked of the database on every visit: an install seeded without them, or whose demo passwords changed, says nothing.
  const demoAccounts = await listDemoAccounts(getPrisma());
  return (
    <main className="page narrow">
      <h1>Sign in</h1>
      <SignInForm returnTo={returnTo} />
      {demoAccounts.length > 0 ? (
        <section className="demo-accounts" aria-labelledby="demo-accounts-heading">
          <h2 id="demo-accounts-heading">Demo accounts</h2>
          <p>
            This install has demo accounts for trying the team workflow, one per role. Each signs in with the password{" "}
            <code>{DEMO_PASSWORD}</code>.
          </p>
          <ul className="plain-list">
            {demoAccounts.map((account) => (
              <li key={account.email}>
                <strong>{ROLE_LABELS[account.role]}</strong> ({account.name}): <code>{account.email}</code>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </main>
  );
}
