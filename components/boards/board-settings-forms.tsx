"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import type { TBoardSettings } from "@/lib/data/boards/get-board-settings";
import { LIMITS } from "@/lib/schemas/fields";
import { useBoardStore } from "../board/board-store";
import { callJsonApi } from "../board/call-json-api";
import { FormError } from "../ui/form-error";
import { useAsyncAction } from "../ui/use-async-action";
import { DeleteBoardForm } from "./delete-board-form";

type TLifecycleResult = { id: string; title: string; version: number; archived: boolean };

/** Rename, archive or restore, and delete a board: for editors and owners. */
export function BoardSettingsForms({ settings }: { settings: TBoardSettings }) {
  const router = useRouter();
  // The board's header and views show the change at once; teammates get it from the live stream.
  const { dispatch } = useBoardStore();
  const [current, setCurrent] = useState({ title: settings.title, version: settings.version, archived: settings.archivedAt !== null });
  const [notice, setNotice] = useState<string | null>(null);
  const rename = useAsyncAction();
  const archive = useAsyncAction();

  async function onRename(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const title = String(new FormData(event.currentTarget).get("title") ?? "");
    await rename.run(async () => {
      const result = await callJsonApi<TLifecycleResult>("PATCH", `/api/boards/${settings.id}`, { title, version: current.version });
      setCurrent({ title: result.title, version: result.version, archived: result.archived });
      setNotice(`Renamed to “${result.title}”.`);
      dispatch({ type: "boardSettingsChanged", title: result.title });
      router.refresh();
    });
  }

  async function onArchive() {
    await archive.run(async () => {
      const result = await callJsonApi<TLifecycleResult>("PUT", `/api/boards/${settings.id}/archived`, {
        archived: !current.archived,
        version: current.version,
      });
      setCurrent({ title: result.title, version: result.version, archived: result.archived });
      dispatch({ type: "boardSettingsChanged", archivedAt: result.archived ? new Date().toISOString() : null });
      setNotice(result.archived ? "Archived: the board is read-only and listed under Archived boards." : "Restored: the board is back on the home list.");
      router.refresh();
    });
  }

  return (
    <div className="board-settings-forms">
      <p role="status" className="settings-notice">{notice}</p>
      <form onSubmit={onRename} aria-labelledby="rename-board-heading" className="settings-block">
        <h3 id="rename-board-heading">Rename</h3>
        <label className="field">
          <span>Title</span>
          <input name="title" defaultValue={current.title} key={current.title} required maxLength={LIMITS.title} disabled={current.archived} />
        </label>
        {current.archived ? <p className="muted small">Restore the board to rename it.</p> : null}
        <FormError message={rename.error} />
        <button type="submit" className="button primary" disabled={rename.pending || current.archived}>
          {rename.pending ? "Saving…" : "Save title"}
        </button>
      </form>

      <section aria-labelledby="archive-board-heading" className="settings-block">
        <h3 id="archive-board-heading">{current.archived ? "Restore" : "Archive"}</h3>
        <p className="muted">
          {current.archived
            ? "This board is archived: read-only, and off the home list. Restoring makes it editable and lists it again."
            : "Archiving takes the board off the home list and makes it read-only. Nothing is lost; an editor can restore it from Archived boards."}
        </p>
        <FormError message={archive.error} />
        <button type="button" className="button" onClick={onArchive} disabled={archive.pending}>
          {archive.pending ? "Saving…" : current.archived ? "Restore board" : "Archive board"}
        </button>
      </section>

      <DeleteBoardForm boardId={settings.id} title={current.title} version={current.version} />
    </div>
  );
}
