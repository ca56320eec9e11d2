"use client";

import Link from "next/link";
import { useState, type FormEvent } from "react";
import { callJsonApi } from "../board/call-json-api";
import { FormError } from "../ui/form-error";
import { useAsyncAction } from "../ui/use-async-action";
import { NewPasswordFields, readNewPassword } from "./new-password-fields";

/** Sets the new password with the link's token; the server ends every session of the account. */
export function ResetPasswordForm({ token }: { token: string }) {
  const [done, setDone] = useState<{ email: string } | null>(null);
  const { pending, error, setError, run } = useAsyncAction();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const read = readNewPassword(new FormData(event.currentTarget));
    if (!read.ok) {
      setError(read.problem);
      return;
    }
    await run(async () => {
      const result = await callJsonApi<{ email: string }>("POST", "/api/password-resets/redeem", { token, newPassword: read.password });
      setDone({ email: result.email });
    });
  }

  if (done) {
    return (
      <div role="status" className="settings-notice-box">
        <p>
          <strong>Your password is set.</strong> Every session of this account was signed out. Sign in as {done.email} with your new
          password.
        </p>
        <p>
          <Link className="button primary" href="/sign-in">
            Sign in
          </Link>
        </p>
      </div>
    );
  }
  return (
    <form onSubmit={onSubmit} className="card-form" aria-label="Choose a new password">
      <NewPasswordFields idPrefix="reset" />
      <FormError message={error} />
      <button type="submit" className="button primary" disabled={pending}>
        {pending ? "Saving…" : "Set new password"}
      </button>
    </form>
  );
}
