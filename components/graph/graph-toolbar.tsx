"use client";

import { themedVerdictColors } from "@/lib/verdicts/dark-verdict-colors";
import { memo, type KeyboardEvent } from "react";
import {
  CLAIM_KINDS,
  CLAIM_KIND_LABELS,
  VERDICTS,
  type TClaimKind,
  type TGraphDirection,
  type TVerdict,
} from "@/lib/schemas/vocabulary";
import { FilterMenu } from "../ui/filter-menu";
import { useVerdictScale } from "../verdicts/verdict-scale-context";
import { toggleValue, type TGraphFilter } from "./graph-filter";
import { useFold } from "./use-fold";

const DIRECTIONS: { value: TGraphDirection; label: string; hint: string }[] = [
  { value: "TB", label: "Top → bottom", hint: "Evidence above the claims it bears on" },
  { value: "LR", label: "Left → right", hint: "Evidence to the left of the claims it bears on" },
];


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
  // As the review board's phone "Filters" button counts them: each of verdict and kind that is set.
  const activeCount = Number(filter.verdicts.length > 0) + Number(filter.kinds.length > 0);
  const verdictScale = useVerdictScale();
  const filters = useFold();
  const layoutFold = useFold();
  const onKeyDown = (event: KeyboardEvent) => {
    filters.onKeyDown(event);
    layoutFold.onKeyDown(event);
  };
  const foldClass = `${filters.open ? " graph-filters-open" : ""}${layoutFold.open ? " graph-layout-open" : ""}`;
  return (
    <div className={`graph-toolbar${foldClass}`} role="toolbar" aria-label="Graph controls" data-testid="graph-toolbar" onKeyDown={onKeyDown}>
      {/* Phones only (responsive.css): the filters and the layout fold behind these, so the canvas keeps the screen. */}
      <button {...filters.toggleProps} className="button small graph-fold-toggle">
        {activeCount > 0 ? `Filters (${activeCount} active)` : "Filters"} <span aria-hidden="true">{filters.open ? "▴" : "▾"}</span>
      </button>
      {canChangeLayout ? (
        <button {...layoutFold.toggleProps} className="button small graph-fold-toggle">
          Layout <span aria-hidden="true">{layoutFold.open ? "▴" : "▾"}</span>
        </button>
      ) : null}
      {canChangeLayout ? (
        <div className="graph-toolbar-group graph-layout-body" id={layoutFold.bodyId} role="group" aria-label="Layout direction">
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

      <div className="graph-toolbar-group graph-filters-body" id={filters.bodyId} role="group" aria-label="Filter claims">
        <span className="graph-toolbar-label">Filter</span>
        <FilterMenu
          label="Verdict"
          legend="Show claims with verdict"
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
              <span className="graph-filter-icon" style={{ color: themedVerdictColors(verdictScale[verdict]).color }} aria-hidden="true">
                {verdictScale[verdict].icon}
              </span>
              {verdictScale[verdict].label}
            </label>
          ))}
        </FilterMenu>
        <FilterMenu
          label="Kind"
          legend="Show claims with kind"
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
