import Link from "next/link";
import { getSignedInUser } from "@/lib/http/request-actor";
import { SignOutButton } from "./sign-out-button";

/** The header's account area: who is signed in, or a way to sign in. */
export async function AccountMenu() {
  const user = await getSignedInUser();
  if (!user) {
    return (
      <nav className="account-menu" aria-label="Account">
        <Link href="/sign-in">Sign in</Link>
      </nav>
    );
  }
  return (
    <nav className="account-menu" aria-label="Account">
      <span className="muted small">
        <span className="signed-in-label">Signed in as </span>
        <strong>{user.name}</strong>
      </span>
      <SignOutButton />
    </nav>
  );
}
