import { PASSWORD_LIMITS } from "@/lib/schemas/password-reset";

/** A new password typed twice, so a typo can't lock the person out. Names: newPassword, repeatPassword. */
export function NewPasswordFields({ idPrefix }: { idPrefix: string }) {
  return (
    <>
      <div className="field">
        <label htmlFor={`${idPrefix}-new`}>New password</label>
        <input
          id={`${idPrefix}-new`}
          name="newPassword"
          type="password"
          autoComplete="new-password"
          required
          minLength={PASSWORD_LIMITS.min}
          maxLength={PASSWORD_LIMITS.max}
          aria-describedby={`${idPrefix}-new-help`}
        />
        <span id={`${idPrefix}-new-help`} className="muted small">
          At least {PASSWORD_LIMITS.min} characters.
        </span>
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-repeat`}>New password again</label>
        <input
          id={`${idPrefix}-repeat`}
          name="repeatPassword"
          type="password"
          autoComplete="new-password"
          required
          minLength={PASSWORD_LIMITS.min}
          maxLength={PASSWORD_LIMITS.max}
        />
      </div>
    </>
  );
}

/** The new password from a form with NewPasswordFields, or why it can't be used. */
export function readNewPassword(form: FormData): { ok: true; password: string } | { ok: false; problem: string } {
  const password = String(form.get("newPassword") ?? "");
  if (password !== String(form.get("repeatPassword") ?? "")) return { ok: false, problem: "The two new passwords are not the same." };
  if (password.length < PASSWORD_LIMITS.min) return { ok: false, problem: `Use at least ${PASSWORD_LIMITS.min} characters.` };
  return { ok: true, password };
}
