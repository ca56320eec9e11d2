"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { FormError } from "../ui/form-error";
import { authClient } from "./auth-client";
import { tooManyAttemptsMessage } from "./auth-failure-message";

function signInFailureMessage(failure: { status: number; code?: string; message?: string }): string {
  if (failure.status === 429) return tooManyAttemptsMessage(failure);
  return "You could not be signed in with this password. If this address already has an account, sign in with that account's password.";
}

export function SignUpForm({ returnTo, minPasswordLength }: { returnTo: string; minPasswordLength: number }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const password = String(form.get("password") ?? "");
    if (password.length < minPasswordLength) {
      setError(`Use a password of at least ${minPasswordLength} characters.`);
      return;
    }
    setPending(true);
    setError(null);
    const credentials = { email: String(form.get("email") ?? "").trim(), password };
    // Sign-up answers alike whether or not the address already has an account (so nobody learns
    // which addresses do); signing in with the same password is what tells this person.
    const { error: failure } = await authClient.signUp.email({ name: String(form.get("name") ?? "").trim(), ...credentials });
    if (failure) {
      setPending(false);
      setError(failure.status === 429 ? tooManyAttemptsMessage(failure) : (failure.message ?? "The account could not be created."));
      return;
    }
    const { error: signInFailure } = await authClient.signIn.email(credentials);
    setPending(false);
    if (signInFailure) {
      setError(signInFailureMessage(signInFailure));
      return;
    }
    router.replace(returnTo);
    router.refresh();
  }

  return (
    <form className="auth-form" onSubmit={onSubmit} aria-describedby={error ? "sign-up-error" : undefined}>
      <label>
        Name <span className="muted small">(shown to your team)</span>
        <input name="name" autoComplete="name" required maxLength={100} autoFocus />
      </label>
      <label>
        Email
        <input name="email" type="email" autoComplete="email" required maxLength={254} />
      </label>
      <label>
        Password <span className="muted small">(at least {minPasswordLength} characters)</span>
        <input name="password" type="password" autoComplete="new-password" required minLength={minPasswordLength} maxLength={128} />
      </label>
      <FormError id="sign-up-error" message={error} />
      <button className="button primary" type="submit" disabled={pending}>
        {pending ? "Creating account…" : "Create account"}
      </button>
      <p className="muted small">
        Already have an account? <Link href={`/sign-in?next=${encodeURIComponent(returnTo)}`}>Sign in</Link>
      </p>
    </form>
  );
}
