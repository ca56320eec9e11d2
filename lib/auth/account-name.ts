import { LENGTH_UNIT } from "../schemas/fields";

/** The longest account name accepted (the sign-up form's maxLength says the same). */
export const ACCOUNT_NAME_MAX_LENGTH = 100;

/**
 * An account name as stored (trimmed), or why it can't be one. Length counts
 * UTF-16 code units, as the browser's maxLength does, so both agree.
 */
export function checkAccountName(name: unknown): { ok: true; name: string } | { ok: false; problem: string } {
  const trimmed = typeof name === "string" ? name.trim() : "";
  if (trimmed.length === 0) return { ok: false, problem: "Enter your name: it is shown to your team." };
  if (trimmed.length > ACCOUNT_NAME_MAX_LENGTH) {
    return { ok: false, problem: `Your name is too long: at most ${ACCOUNT_NAME_MAX_LENGTH} characters (${LENGTH_UNIT}).` };
  }
  return { ok: true, name: trimmed };
}
