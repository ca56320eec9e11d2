"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { FormError } from "../ui/form-error";
import { authClient } from "./auth-client";
import { tooManyAttemptsMessage } from "./auth-failure-message";

export function SignInForm({ returnTo }: { returnTo: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const { error: failure } = await authClient.signIn.email({
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
    });
    setPending(false);
    if (failure) {
      setError(failure.status === 429 ? tooManyAttemptsMessage(failure) : "Email or password is incorrect.");
      return;
    }
    router.replace(returnTo);
    router.refresh();
  }

  return (
    <form className="auth-form" onSubmit={onSubmit} aria-describedby={error ? "sign-in-error" : undefined}>
      <label>
        Email
        <input name="email" type="email" autoComplete="email" required maxLength={254} autoFocus />
      </label>
      <label>
        Password
        <input name="password" type="password" autoComplete="current-password" required maxLength={128} />
      </label>
      <FormError id="sign-in-error" message={error} />
      <button className="button primary" type="submit" disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </button>
      <p className="muted small">
        No account yet? <Link href={`/sign-up?next=${encodeURIComponent(returnTo)}`}>Create one</Link>
      </p>
    </form>
  );
}
