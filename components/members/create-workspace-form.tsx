"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { WORKSPACE_NAME_MAX } from "@/lib/schemas/workspace";
import { callJsonApi } from "../board/call-json-api";
import { FormError } from "../ui/form-error";
import { useAsyncAction } from "../ui/use-async-action";

/** Starts a new workspace with the signed-in person as its owner. */
export function CreateWorkspaceForm() {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [created, setCreated] = useState<string | null>(null);
  const { pending, error, run } = useAsyncAction();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const name = String(new FormData(form).get("name") ?? "");
    await run(async () => {
      const workspace = await callJsonApi<{ id: string; name: string }>("POST", "/api/workspaces", { name });
      setCreated(`Created “${workspace.name}”. You are its owner.`);
      setOpen(false);
      form.reset();
      router.refresh();
    });
  }

  return (
    <div className="create-workspace">
      <p role="status" className="settings-notice">{created}</p>
      {open ? (
        <form onSubmit={onSubmit} className="inline-form" aria-label="New workspace">
          <label className="field">
            <span>Workspace name</span>
            <input name="name" required maxLength={WORKSPACE_NAME_MAX} autoFocus />
          </label>
          <FormError message={error} />
          <div className="form-buttons">
            <button type="submit" className="button primary" disabled={pending}>
              {pending ? "Creating…" : "Create workspace"}
            </button>
            <button type="button" className="button quiet" onClick={() => setOpen(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <button type="button" className="button" onClick={() => setOpen(true)}>
          + New workspace
        </button>
      )}
    </div>
  );
}
