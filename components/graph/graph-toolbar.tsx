"use client";

import { memo, useEffect, useRef, type ReactNode } from "react";
import {
  CLAIM_KINDS,
  CLAIM_KIND_LABELS,
  VERDICTS,
  type TClaimKind,
  type TGraphDirection,
  type TVerdict,
} from "@/lib/schemas/vocabulary";
import { useVerdictScale } from "../verdicts/verdict-scale-context";
import { toggleValue, type TGraphFilter } from "./graph-filter";

const DIRECTIONS: { value: TGraphDirection; label: string; hint: string }[] = [
  { value: "TB", label: "Top → bottom", hint: "Evidence above the claims it bears on" },
  { value: "LR", label: "Left → right", hint: "Evidence to the left of the claims it bears on" },
];

/** A drop-down list of checkboxes (a <details>), closed by Escape or a click elsewhere. */
function FilterMenu({ label, summary, testId, children }: { label: string; summary: string; testId: string; children: ReactNode }) {
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const close = (event: Event) => {
      const details = ref.current;
      if (!details?.open) return;
      if (event instanceof KeyboardEvent) {
        if (event.key !== "Escape" || !details.contains(event.target as Node)) return;
        event.preventDefault();
        details.open = false;
        details.querySelector("summary")?.focus();
        return;
      }
      if (!details.contains(event.target as Node)) details.open = false;
    };
    document.addEventListener("pointerdown", close);
    document.addEventListener("keydown", close);
    return () => {
      document.removeEventListener("pointerdown", close);
      document.removeEventListener("keydown", close);
    };
  }, []);
  return (
    <details ref={ref} className="graph-filter" data-testid={testId}>
      <summary className="button small">
        {label}: <strong>{summary}</strong>
      </summary>
      <fieldset className="graph-filter-menu">
        <legend className="sr-only">Show claims with {label.toLowerCase()}</legend>
        {children}
      </fieldset>
    </details>
  );
}

function summarise(count: number, total: number, single: string | undefined): string {
  if (count === 0 || count === total) return "all";
  if (count === 1 && single) return single;
  return `${count} of ${total}`;
}

function GraphToolbarView({
  direction,
  filter,
  shownClaims,
  totalClaims,
  busy,
  canChangeLayout,
  status,
  error,
  onDirectionChange,
  onRelayout,
  onFilterChange,
}: {
  direction: TGraphDirection;
  filter: TGraphFilter;
  shownClaims: number;
  totalClaims: number;
  busy: boolean;
  /** Whether the viewer may re-lay the graph out (saved for everyone), so readers get no layout buttons. */
  canChangeLayout: boolean;
  status: string | null;
  error: string | null;
  onDirectionChange: (direction: TGraphDirection) => void;
  onRelayout: () => void;
  onFilterChange: (filter: TGraphFilter) => void;
}) {
  const filtered = filter.verdicts.length > 0 || filter.kinds.length > 0;
  const verdictScale = useVerdictScale();
  return (
    <div className="graph-toolbar" role="toolbar" aria-label="Graph controls" data-testid="graph-toolbar">
      {canChangeLayout ? (
        <div className="graph-toolbar-group" role="group" aria-label="Layout direction">
          <span className="graph-toolbar-label">Layout</span>
          <div className="segmented">
            {DIRECTIONS.map((option) => (
              <button
                key={option.value}
                type="button"
                className="button small"
                aria-pressed={direction === option.value}
                title={`${option.hint}. Lays the graph out again and forgets dragged positions.`}
                disabled={busy}
                onClick={() => direction !== option.value && onDirectionChange(option.value)}
              >
                {option.label}
              </button>
            ))}
          </div>
          <button
            type="button"
            className="button small"
            disabled={busy}
            onClick={onRelayout}
            title="Forget dragged positions and lay the whole graph out automatically"
          >
            Re-layout
          </button>
        </div>
      ) : null}

      <div className="graph-toolbar-group" role="group" aria-label="Filter claims">
        <span className="graph-toolbar-label">Filter</span>
        <FilterMenu
          label="Verdict"
          testId="filter-verdict"
          summary={summarise(
            filter.verdicts.length,
            VERDICTS.length,
            filter.verdicts[0] && verdictScale[filter.verdicts[0]].label,
          )}
        >
          {VERDICTS.map((verdict: TVerdict) => (
            <label key={verdict} className="graph-filter-option">
              <input
                type="checkbox"
                name="verdict"
                value={verdict}
                checked={filter.verdicts.includes(verdict)}
                onChange={(event) =>
                  onFilterChange({ ...filter, verdicts: toggleValue(filter.verdicts, verdict, event.target.checked, VERDICTS) })
                }
              />
              <span className="graph-filter-icon" style={{ color: verdictScale[verdict].color }} aria-hidden="true">
                {verdictScale[verdict].icon}
              </span>
              {verdictScale[verdict].label}
            </label>
          ))}
        </FilterMenu>
        <FilterMenu
          label="Kind"
          testId="filter-kind"
          summary={summarise(filter.kinds.length, CLAIM_KINDS.length, filter.kinds[0] && CLAIM_KIND_LABELS[filter.kinds[0]])}
        >
          {CLAIM_KINDS.map((kind: TClaimKind) => (
            <label key={kind} className="graph-filter-option">
              <input
                type="checkbox"
                name="kind"
                value={kind}
                checked={filter.kinds.includes(kind)}
                onChange={(event) =>
                  onFilterChange({ ...filter, kinds: toggleValue(filter.kinds, kind, event.target.checked, CLAIM_KINDS) })
                }
              />
              {CLAIM_KIND_LABELS[kind]}
            </label>
          ))}
        </FilterMenu>
        {filtered ? (
          <button type="button" className="button small quiet" onClick={() => onFilterChange({ verdicts: [], kinds: [] })}>
            Clear filter
          </button>
        ) : null}
        <span className="graph-count" data-testid="graph-count" aria-live="polite">
          Showing {shownClaims} of {totalClaims} claims
        </span>
      </div>

      <div className="graph-toolbar-status" aria-live="polite">
        {error ? (
          <span className="form-error graph-toolbar-error" role="alert">
            {error}
          </span>
        ) : status ? (
          <span className="muted small">{status}</span>
        ) : null}
      </div>
    </div>
  );
}

export const GraphToolbar = memo(GraphToolbarView);
