"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { ACCOUNT_NAME_MAX_LENGTH } from "@/lib/auth/account-name";
import { PASSWORD_LIMITS } from "@/lib/schemas/password-reset";
import { FormError } from "../ui/form-error";
import { useAsyncAction } from "../ui/use-async-action";
import { authClient } from "./auth-client";
import { NewPasswordFields, readNewPassword } from "./new-password-fields";



/** One's own name and password, through Better Auth's update-user and change-password. */
export function AccountForms({ name }: { name: string }) {
  const router = useRouter();
  const [nameNotice, setNameNotice] = useState("");
  const [passwordNotice, setPasswordNotice] = useState("");
  const naming = useAsyncAction();
  const changing = useAsyncAction();

  async function onRename(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const next = String(new FormData(event.currentTarget).get("name") ?? "");
    setNameNotice("");
    await naming.run(async () => {
      const { error } = await authClient.updateUser({ name: next });
      if (error) throw new Error(error.message ?? "Your name could not be saved.");
      setNameNotice("✓ Name saved.");
      router.refresh();
    });
  }

  async function onChangePassword(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    setPasswordNotice("");
    const read = readNewPassword(data);
    if (!read.ok) {
      changing.setError(read.problem);
      return;
    }
    await changing.run(async () => {
      const { error } = await authClient.changePassword({
        currentPassword: String(data.get("currentPassword") ?? ""),
        newPassword: read.password,
        revokeOtherSessions: true,
      });
      if (error) {
        throw new Error(
          error.code === "INVALID_PASSWORD" ? "Your current password is not right. Nothing was changed." : (error.message ?? "Your password could not be changed."),
        );
      }
      form.reset();
      setPasswordNotice("✓ Password changed. You stay signed in here; every other session of your account was signed out.");
    });
  }

  return (
    <>
      <form onSubmit={onRename} className="card-form settings-block" aria-labelledby="name-heading">
        <h2 id="name-heading">Name</h2>
        <div className="field">
          <label htmlFor="account-name">Your name</label>
          <input id="account-name" name="name" defaultValue={name} required maxLength={ACCOUNT_NAME_MAX_LENGTH} autoComplete="name" />
        </div>
        <FormError message={naming.error} />
        <p role="status" className="settings-notice">{nameNotice}</p>
        <button type="submit" className="button" disabled={naming.pending}>
          {naming.pending ? "Saving…" : "Save name"}
        </button>
      </form>
      <form onSubmit={onChangePassword} className="card-form settings-block" aria-labelledby="password-heading">
        <h2 id="password-heading">Password</h2>
        <div className="field">
          <label htmlFor="account-current">Current password</label>
          <input
            id="account-current"
            name="currentPassword"
            type="password"
            autoComplete="current-password"
            required
            maxLength={PASSWORD_LIMITS.max}
          />
        </div>
        <NewPasswordFields idPrefix="account" />
        <FormError message={changing.error} />
        <p role="status" className="settings-notice">{passwordNotice}</p>
        <button type="submit" className="button primary" disabled={changing.pending}>
          {changing.pending ? "Changing…" : "Change password"}
        </button>
      </form>
    </>
  );
}
