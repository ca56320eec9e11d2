"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { WORKSPACE_NAME_MAX } from "@/lib/schemas/workspace";
import { callJsonApi } from "../board/call-json-api";
import { FormError } from "../ui/form-error";
import { useAsyncAction } from "../ui/use-async-action";

/** Renames the workspace: owners only. */
export function RenameWorkspaceForm({ workspaceId, name }: { workspaceId: string; name: string }) {
  const router = useRouter();
  const [notice, setNotice] = useState<string | null>(null);
  const { pending, error, run } = useAsyncAction();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const next = String(new FormData(event.currentTarget).get("name") ?? "");
    await run(async () => {
      const workspace = await callJsonApi<{ id: string; name: string }>("PATCH", `/api/workspaces/${workspaceId}`, { name: next });
      setNotice(`Renamed to “${workspace.name}”.`);
      router.refresh();
    });
  }

  return (
    <form onSubmit={onSubmit} className="inline-form settings-block" aria-labelledby="rename-workspace-heading">
      <h2 id="rename-workspace-heading">Workspace name</h2>
      <label className="field">
        <span>Name</span>
        <input name="name" defaultValue={name} required maxLength={WORKSPACE_NAME_MAX} />
      </label>
      <FormError message={error} />
      <p role="status" className="settings-notice">{notice}</p>
      <button type="submit" className="button" disabled={pending}>
        {pending ? "Saving…" : "Rename workspace"}
      </button>
    </form>
  );
}
