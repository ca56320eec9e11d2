"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { FormError } from "../ui/form-error";
import { useAsyncAction } from "../ui/use-async-action";
import { boardsApi } from "./board-api";
import { WorkspaceSelect, type TBoardWorkspaceOption } from "./workspace-select";

/** A new board from a Claimgraph export file (claimgraph.board.v1), in one of `workspaces` (at least one). */
export function ImportBoardForm({ workspaces }: { workspaces: TBoardWorkspaceOption[] }) {
  const router = useRouter();
  const [file, setFile] = useState<File | null>(null);
  const [workspaceId, setWorkspaceId] = useState(workspaces[0]?.id ?? "");
  const { pending, error, setError, run } = useAsyncAction();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    void run(async () => {
      let exported: unknown;
      try {
        exported = JSON.parse(await file.text());
      } catch {
        throw new Error("That file is not JSON. Choose a file saved with Export JSON.");
      }
      const { id } = await boardsApi.importBoard(exported, workspaceId || undefined);
      router.push(`/boards/${id}`);
    });
  };

  return (
    <form onSubmit={submit} aria-label="Import a board" aria-describedby="import-scope" className="card-form">
      <div id="import-scope" className="muted">
        <p>
          A board saved with Export JSON, from this install or another, becomes a new private board here, under new ids.
        </p>
        <ul>
          <li>
            <strong>Kept:</strong> the article and its details, the claims with their quotes, the evidence, the links and
            the argument between claims.
          </li>
          <li>
            <strong>Not kept:</strong> workflow stages, assignees and due dates, comments, corrections, the activity
            history (it starts with the import), graph positions and layout direction, public visibility, and the other
            workspace&apos;s verdict scale.
          </li>
          <li>
            <strong>Verdicts</strong> in the file arrive unreviewed: every claim reads as unverified, and its panel shows
            the verdict as recorded without review, until your team publishes one here.
          </li>
        </ul>
        <p>
          To move or copy a whole install with all of that, and its accounts, use backup and restore (
          <code>npm run backup</code>, <code>npm run restore</code>; see the README).
        </p>
      </div>
      <WorkspaceSelect id="import-workspace" workspaces={workspaces} value={workspaceId} onChange={setWorkspaceId} />
      <div className="field">
        <label htmlFor="import-file">Board file (from Export JSON)</label>
        <input
          id="import-file"
          type="file"
          accept="application/json,.json"
          onChange={(event) => {
            setError(null);
            setFile(event.target.files?.[0] ?? null);
          }}
        />
      </div>
      <FormError message={error} />
      <div className="form-actions">
        <button type="submit" className="button" disabled={pending || !file}>
          {pending ? "Importing…" : "Import board"}
        </button>
      </div>
    </form>
  );
}
