"use client";

import { useSyncExternalStore } from "react";
import type { TMemberView } from "@/lib/board/types";
import {
  HIGHLIGHT_ALL,
  HIGHLIGHT_NOBODY,
  WORTHINESS_STEPS,
  isHighlightChoiceActive,
  type THighlightChoice,
} from "@/lib/anchoring/highlight-choice";
import { VERDICTS } from "@/lib/schemas/vocabulary";
import { STAGE_LABELS, WORKFLOW_STAGES } from "@/lib/workflow/stages";
import { FilterMenu } from "../ui/filter-menu";
import { useVerdictScale } from "../verdicts/verdict-scale-context";

function summarise(chosen: readonly string[], labelOf: (value: string) => string): string {
  if (chosen.length === 0) return "any";
  if (chosen.length === 1) return labelOf(chosen[0]!);
  return `${chosen.length} chosen`;
}

function toggle<T extends string>(values: readonly T[], value: T, on: boolean): T[] {
  return on ? [...values, value] : values.filter((item) => item !== value);
}

const PHONE = "(max-width: 699px)";
const subscribeNothing = () => () => {};

/**
 * The reader's choice of which claims the article highlights; the others read as plain text. A disclosure,
 * open from the start where there is room and closed on a phone, where the article needs the height.
 */
export function HighlightControls({
  choice,
  members,
  shown,
  total,
  onChange,
}: {
  choice: THighlightChoice;
  members: readonly TMemberView[];
  shown: number;
  total: number;
  onChange: (next: THighlightChoice) => void;
}) {
  const scale = useVerdictScale();
  const set = (patch: Partial<THighlightChoice>) => onChange({ ...choice, ...patch });
  const phone = useSyncExternalStore(subscribeNothing, () => window.matchMedia(PHONE).matches, () => false);
  const knownAssignee =
    choice.assignee === null || choice.assignee === HIGHLIGHT_NOBODY || members.some((m) => m.userId === choice.assignee);
  return (
    <details className="highlight-panel" open={!phone} data-testid="highlight-panel">
      <summary className="button small quiet">
        Highlight: <strong>{isHighlightChoiceActive(choice) ? "your choice" : "all claims"}</strong>
        <span className="muted"> · {shown} of {total}</span>
      </summary>
      <div className="highlight-controls" role="group" aria-label="Highlight in the article" data-testid="highlight-controls">
        <div className="segmented" role="group" aria-label="Claims highlighted">
          <button type="button" className="button small" aria-pressed={choice.scope === "all"} onClick={() => set({ scope: "all" })}>
            All claims
          </button>
          <button
            type="button"
            className="button small"
            aria-pressed={choice.scope === "checkable"}
            onClick={() => set({ scope: "checkable" })}
          >
            Checkable only
          </button>
        </div>
        <label className="review-toolbar-field">
          <span>Check-worthiness</span>
          <select
            className="inline"
            value={choice.minWorthiness}
            onChange={(event) => set({ minWorthiness: Number(event.target.value) })}
          >
            {WORTHINESS_STEPS.map((step) => (
              <option key={step} value={step}>
                {step === 0 ? "any" : `${step}% or more`}
              </option>
            ))}
            {(WORTHINESS_STEPS as readonly number[]).includes(choice.minWorthiness) ? null : (
              <option value={choice.minWorthiness}>{choice.minWorthiness}% or more</option>
            )}
          </select>
        </label>
        <FilterMenu label="Verdict" legend="Highlight claims by verdict" summary={summarise(choice.verdicts, (v) => scale[v as keyof typeof scale].label)}>
          {VERDICTS.map((verdict) => (
            <label key={verdict} className="graph-filter-option">
              <input
                type="checkbox"
                checked={choice.verdicts.includes(verdict)}
                onChange={(event) => set({ verdicts: toggle(choice.verdicts, verdict, event.target.checked) })}
              />
              <span className="graph-filter-icon" style={{ color: scale[verdict].color }} aria-hidden="true">
                {scale[verdict].icon}
              </span>
              {scale[verdict].label}
            </label>
          ))}
        </FilterMenu>
        <FilterMenu label="Stage" legend="Highlight claims by stage" summary={summarise(choice.stages, (v) => STAGE_LABELS[v as keyof typeof STAGE_LABELS])}>
          {WORKFLOW_STAGES.map((stage) => (
            <label key={stage} className="graph-filter-option">
              <input
                type="checkbox"
                checked={choice.stages.includes(stage)}
                onChange={(event) => set({ stages: toggle(choice.stages, stage, event.target.checked) })}
              />
              {STAGE_LABELS[stage]}
            </label>
          ))}
        </FilterMenu>
        {members.length > 0 || choice.assignee !== null ? (
          <label className="review-toolbar-field">
            <span>Assignee</span>
            <select
              className="inline"
              value={choice.assignee ?? ""}
              onChange={(event) => set({ assignee: event.target.value === "" ? null : event.target.value })}
            >
              <option value="">Anyone</option>
              <option value={HIGHLIGHT_NOBODY}>Nobody (unassigned)</option>
              {members.map((member) => (
                <option key={member.userId} value={member.userId}>
                  {member.name}
                </option>
              ))}
              {knownAssignee ? null : <option value={choice.assignee!}>A former member</option>}
            </select>
          </label>
        ) : null}
        {isHighlightChoiceActive(choice) ? (
          <button type="button" className="button small quiet" onClick={() => onChange(HIGHLIGHT_ALL)}>
            Highlight all
          </button>
        ) : null}
        <span className="muted small" data-testid="highlight-count" aria-live="polite">
          Highlighting {shown} of {total} claims
        </span>
      </div>
    </details>
  );
}
