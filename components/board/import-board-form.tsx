"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { FormError } from "../ui/form-error";
import { useAsyncAction } from "../ui/use-async-action";
import { importBoardWithProgress, type TImportProgress } from "./import-with-progress";
import { WorkspaceSelect, type TBoardWorkspaceOption } from "./workspace-select";
import { formatCount } from "@/lib/display/format-count";

/** A new board from a Claimgraph export file (claimgraph.board.v2, or v1), in one of `workspaces` (at least one). */
export function ImportBoardForm({ workspaces }: { workspaces: TBoardWorkspaceOption[] }) {
  const router = useRouter();
  const [file, setFile] = useState<File | null>(null);
  const [workspaceId, setWorkspaceId] = useState(workspaces[0]?.id ?? "");
  const { pending, error, setError, run } = useAsyncAction();
  const [progress, setProgress] = useState<TImportStep | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    void run(async () => {
      const text = await file.text();
      try {
        JSON.parse(text);
      } catch {
        throw new Error("That file is not JSON. Choose a file saved with Export JSON.");
      }
      setProgress({ phase: "sending" });
      try {
        const { id } = await importBoardWithProgress(text, workspaceId || undefined, setProgress);
        setProgress({ phase: "opening" });
        router.push(`/boards/${id}`);
      } catch (caught) {
        setProgress(null);
        throw caught;
      }
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
      {progress && <ImportProgress step={progress} />}
      <FormError message={error} />
      <div className="form-actions">
        <button type="submit" className="button" disabled={pending || !file}>
          {pending ? "Importing…" : "Import board"}
        </button>
      </div>
    </form>
  );
}

type TImportStep = TImportProgress | { phase: "sending" } | { phase: "opening" };

/** Where the import is, in words and as a bar (the bar alone would say nothing to a screen reader). */
function ImportProgress({ step }: { step: TImportStep }) {
  const text =
    step.phase === "sending"
      ? "Sending the file…"
      : step.phase === "opening"
        ? "Imported. Opening the board…"
        : step.phase === "checking"
          ? `Step 1 of 2, checking the file: ${formatCount(step.done)} of ${formatCount(step.total)} rows`
          : `Step 2 of 2, saving the board: ${formatCount(step.done)} of ${formatCount(step.total)} rows`;
  const bar = "done" in step ? { value: step.done, max: Math.max(step.total, 1) } : step.phase === "opening" ? { value: 1, max: 1 } : {};
  return (
    <div className="import-progress" role="status" aria-live="polite">
      <progress aria-label="Import progress" {...bar} />
      <p>{text}</p>
    </div>
  );
}
