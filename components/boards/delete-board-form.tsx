"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { callJsonApi } from "../board/call-json-api";
import { FormError } from "../ui/form-error";
import { useAsyncAction } from "../ui/use-async-action";

/** Deleting asks for the board's exact title, typed; the server checks it again with the version. */
export function DeleteBoardForm({ boardId, title, version }: { boardId: string; title: string; version: number }) {
  const router = useRouter();
  const [typed, setTyped] = useState("");
  const { pending, error, run } = useAsyncAction();
  const confirmed = typed === title;

  async function onDelete(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await run(async () => {
      await callJsonApi("DELETE", `/api/boards/${boardId}`, { confirmTitle: typed, version });
      router.push(`/?deleted=${encodeURIComponent(title)}`);
      router.refresh();
    });
  }

  return (
    <form onSubmit={onDelete} aria-labelledby="delete-board-heading" className="settings-block danger-zone">
      <h3 id="delete-board-heading">Delete</h3>
      <p>
        Deleting removes the board for everyone: its article, claims, evidence, comments and activity can no longer be opened,
        listed or found. This can&apos;t be undone here. The workspace keeps a record of who deleted it and when.
      </p>
      <label className="field">
        <span>
          Type the board&apos;s title, <strong className="confirm-title">{title}</strong>, to confirm
        </span>
        <input name="confirmTitle" value={typed} onChange={(event) => setTyped(event.target.value)} autoComplete="off" spellCheck={false} />
      </label>
      <FormError message={error} />
      <button type="submit" className="button danger" disabled={!confirmed || pending}>
        {pending ? "Deleting…" : "Delete this board"}
      </button>
    </form>
  );
}
