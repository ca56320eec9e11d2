"use client";

import { useEffect, useId, useRef, useState } from "react";
import type { TMemberView } from "@/lib/board/types";
import { STAGE_LABELS, WORKFLOW_STAGES, type TWorkflowStage } from "@/lib/workflow/stages";
import type { TCardNotice } from "./review-card";

// Moves that do something in the editor's name besides changing the stage: said before they are made.
const MOVE_OPTION_NOTES: Partial<Record<TWorkflowStage, string>> = {
  researching: "assigns them to you",
  published: "approves them as you",
};
const MOVE_HINTS: Partial<Record<TWorkflowStage, string>> = {
  researching: "Moving to Researching takes the claims: they are assigned to you. To give them to someone else, use Assign.",
  published: "Moving to Published approves each proposed verdict in your name; you can't approve your own proposals.",
};

/** Assign or move the selected cards at once (editors and owners). The server applies all or none. */
export function BulkActions({
  selectedCount,
  shownCount,
  assignees,
  pending,
  result,
  onSelectAll,
  onClearSelection,
  onAssign,
  onMove,
}: {
  selectedCount: number;
  shownCount: number;
  assignees: readonly TMemberView[];
  pending: boolean;
  result: TCardNotice | null;
  onSelectAll: (selected: boolean) => void;
  onClearSelection: () => void;
  onAssign: (assigneeId: string) => void;
  onMove: (to: TWorkflowStage) => void;
}) {
  const allRef = useRef<HTMLInputElement>(null);
  const [assigneeId, setAssigneeId] = useState("");
  const [stage, setStage] = useState<TWorkflowStage | "">("");
  const all = shownCount > 0 && selectedCount === shownCount;
  useEffect(() => {
    if (allRef.current) allRef.current.indeterminate = selectedCount > 0 && !all;
  }, [selectedCount, all]);
  const none = selectedCount === 0;
  // Phones only (responsive.css): the actions fold behind a button, so the first screen shows claims. A selection
  // keeps them open, since they are how it is acted on.
  const [unfolded, setUnfolded] = useState(false);
  const open = unfolded || !none;
  const bodyId = useId();
  return (
    <div className={`review-bulk${open ? " review-bulk-open" : ""}`} role="group" aria-label="Bulk actions">
      {none ? (
        <button type="button" className="button small review-bulk-toggle" aria-expanded={open} aria-controls={bodyId} onClick={() => setUnfolded(!open)}>
          Bulk actions <span aria-hidden="true">{open ? "▴" : "▾"}</span>
        </button>
      ) : null}
      <div className="review-bulk-body" id={bodyId}>
        <label className="review-toolbar-check">
          <input
            ref={allRef}
            type="checkbox"
            checked={all}
            disabled={shownCount === 0}
            onChange={(event) => onSelectAll(event.target.checked)}
          />
          Select all shown
        </label>
        <span className="muted small" data-testid="review-selected-count">
          {selectedCount} selected
        </span>
        <span className="review-bulk-action">
          <select
            className="inline"
            aria-label="Assign selected to"
            value={assigneeId}
            onChange={(event) => setAssigneeId(event.target.value)}
          >
            <option value="">Assign to…</option>
            {assignees.map((member) => (
              <option key={member.userId} value={member.userId}>
                {member.name} ({member.role})
              </option>
            ))}
          </select>
          <button type="button" className="button small" disabled={none || pending || assigneeId === ""} onClick={() => onAssign(assigneeId)}>
            Assign selected
          </button>
        </span>
        <span className="review-bulk-action">
          <select
            className="inline"
            aria-label="Move selected to"
            value={stage}
            onChange={(event) => setStage(event.target.value as TWorkflowStage | "")}
          >
            <option value="">Move to…</option>
            {WORKFLOW_STAGES.map((value) => (
              <option key={value} value={value}>
                {MOVE_OPTION_NOTES[value] ? `${STAGE_LABELS[value]} (${MOVE_OPTION_NOTES[value]})` : STAGE_LABELS[value]}
              </option>
            ))}
          </select>
          <button type="button" className="button small" disabled={none || pending || stage === ""} onClick={() => stage && onMove(stage)}>
            Move selected
          </button>
        </span>
        {stage && MOVE_HINTS[stage] ? (
          <span className="muted small" data-testid="review-bulk-move-hint">
            {MOVE_HINTS[stage]}
          </span>
        ) : null}
        {none ? null : (
          <button type="button" className="button small quiet" onClick={onClearSelection} disabled={pending}>
            Clear selection
          </button>
        )}
        <span className="review-bulk-result" aria-live="polite" data-testid="review-bulk-result">
          {pending ? <span className="muted small">Applying…</span> : null}
          {!pending && result ? (
            <span className={result.tone === "error" ? "form-error review-bulk-error" : "small"} role={result.tone === "error" ? "alert" : undefined}>
              {result.text}
            </span>
          ) : null}
        </span>
      </div>
    </div>
  );
}
