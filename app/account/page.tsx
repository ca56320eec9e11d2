import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AccountForms } from "@/components/auth/account-forms";
import { getSignedInUser } from "@/lib/http/request-actor";

export const metadata: Metadata = { title: "Your account · Claimgraph" };
export const dynamic = "force-dynamic";

export default async function AccountPage() {
  const user = await getSignedInUser();
  if (!user) redirect("/sign-in?next=/account");
  return (
    <main className="page narrow">
      <p className="small">
        <Link href="/">← All boards</Link>
      </p>
      <h1>Your account</h1>
      <p className="muted">
        Signed in as <strong>{user.email}</strong>. Your name is what your teammates see on claims, comments and the activity log.
      </p>
      <AccountForms name={user.name} />
    </main>
  );
}
