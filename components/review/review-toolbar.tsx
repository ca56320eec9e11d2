"use client";

import { themedVerdictColors } from "@/lib/verdicts/dark-verdict-colors";
import { memo, useId, useState } from "react";
import type { TBoardViewer, TMemberView } from "@/lib/board/types";
import {
  NO_ASSIGNEE,
  NO_REVIEW_FILTERS,
  activeReviewFilterCount,
  isReviewFilterActive,
  type TReviewFilters,
} from "@/lib/review/review-filters";
import { CLAIM_KINDS, CLAIM_KIND_LABELS, VERDICTS } from "@/lib/schemas/vocabulary";
import { STAGE_LABELS, WORKFLOW_STAGES } from "@/lib/workflow/stages";
import { FilterMenu } from "../ui/filter-menu";
import { useVerdictScale } from "../verdicts/verdict-scale-context";
import type { TStrengthState } from "../board/board-strengths";
import { StrengthViewControls } from "../strength/strength-view-controls";

function summarise(chosen: readonly string[], labelOf: (value: string) => string): string {
  if (chosen.length === 0) return "all";
  if (chosen.length === 1) return labelOf(chosen[0]!);
  return `${chosen.length} chosen`;
}

function toggle<T extends string>(values: readonly T[], value: T, on: boolean): T[] {
  return on ? [...values, value] : values.filter((item) => item !== value);
}

/** Search and filters; every change goes to the address. */
export const ReviewToolbar = memo(function ReviewToolbar({
  filters,
  query,
  viewer,
  members,
  shown,
  total,
  strengthStatus,
  onFiltersChange,
  onQueryChange,
}: {
  filters: TReviewFilters;
  /** The search box's text, ahead of the address while typing. */
  query: string;
  viewer: TBoardViewer;
  members: readonly TMemberView[];
  shown: number;
  total: number;
  strengthStatus: TStrengthState["status"];
  onFiltersChange: (filters: TReviewFilters) => void;
  onQueryChange: (query: string) => void;
}) {
  const scale = useVerdictScale();
  const isReviewer = viewer.role === "editor" || viewer.role === "owner";
  const set = (patch: Partial<TReviewFilters>) => onFiltersChange({ ...filters, ...patch });
  const knownAssignee = filters.assignee === null || filters.assignee === NO_ASSIGNEE || members.some((m) => m.userId === filters.assignee);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const filtersId = useId();
  const activeCount = activeReviewFilterCount(filters);
  return (
    <div className={`review-toolbar${filtersOpen ? " review-filters-open" : ""}`} role="search" aria-label="Filter claims">
      <input
        type="search"
        className="review-search"
        data-shortcut-target="search"
        value={query}
        placeholder="Search statements and quotes"
        aria-label="Search statements and quotes"
        onChange={(event) => onQueryChange(event.target.value)}
      />
      {/* Phones only (responsive.css): the filters fold behind this button, so the first screen shows claims. */}
      <button
        type="button"
        className="button small review-filters-toggle"
        aria-expanded={filtersOpen}
        aria-controls={filtersId}
        onClick={() => setFiltersOpen(!filtersOpen)}
      >
        {activeCount > 0 ? `Filters (${activeCount} active)` : "Filters"} <span aria-hidden="true">{filtersOpen ? "▴" : "▾"}</span>
      </button>
      <div className="review-filters-body" id={filtersId}>
        <label className="review-toolbar-field">
          <span>Assignee</span>
          <select
            className="inline"
            value={filters.assignee ?? ""}
            onChange={(event) => set({ assignee: event.target.value === "" ? null : event.target.value })}
          >
            <option value="">Anyone</option>
            <option value={NO_ASSIGNEE}>Nobody (unassigned)</option>
            {members.map((member) => (
              <option key={member.userId} value={member.userId}>
                {member.name}
              </option>
            ))}
            {knownAssignee ? null : <option value={filters.assignee!}>A former member</option>}
          </select>
        </label>
        {viewer.userId ? (
          <label className="review-toolbar-check">
            <input type="checkbox" checked={filters.mine} onChange={(event) => set({ mine: event.target.checked })} />
            Assigned to me
          </label>
        ) : null}
        {isReviewer || filters.awaiting ? (
          <label className="review-toolbar-check">
            <input type="checkbox" checked={filters.awaiting} onChange={(event) => set({ awaiting: event.target.checked })} />
            Waiting for my review
          </label>
        ) : null}
        <FilterMenu label="Stage" legend="Show claims by stage" summary={summarise(filters.stages, (v) => STAGE_LABELS[v as keyof typeof STAGE_LABELS])}>
          {WORKFLOW_STAGES.map((stage) => (
            <label key={stage} className="graph-filter-option">
              <input
                type="checkbox"
                checked={filters.stages.includes(stage)}
                onChange={(event) => set({ stages: toggle(filters.stages, stage, event.target.checked) })}
              />
              {STAGE_LABELS[stage]}
            </label>
          ))}
        </FilterMenu>
        <FilterMenu label="Verdict" legend="Show claims by verdict" summary={summarise(filters.verdicts, (v) => scale[v as keyof typeof scale].label)}>
          {VERDICTS.map((verdict) => (
            <label key={verdict} className="graph-filter-option">
              <input
                type="checkbox"
                checked={filters.verdicts.includes(verdict)}
                onChange={(event) => set({ verdicts: toggle(filters.verdicts, verdict, event.target.checked) })}
              />
              <span className="graph-filter-icon" style={{ color: themedVerdictColors(scale[verdict]).color }} aria-hidden="true">
                {scale[verdict].icon}
              </span>
              {scale[verdict].label}
            </label>
          ))}
        </FilterMenu>
        <FilterMenu label="Kind" legend="Show claims by kind" summary={summarise(filters.kinds, (v) => CLAIM_KIND_LABELS[v as keyof typeof CLAIM_KIND_LABELS])}>
          {CLAIM_KINDS.map((kind) => (
            <label key={kind} className="graph-filter-option">
              <input
                type="checkbox"
                checked={filters.kinds.includes(kind)}
                onChange={(event) => set({ kinds: toggle(filters.kinds, kind, event.target.checked) })}
              />
              {CLAIM_KIND_LABELS[kind]}
            </label>
          ))}
        </FilterMenu>
        <StrengthViewControls
          idPrefix="review"
          view={{ filter: filters.strength, sort: filters.sort }}
          state={strengthStatus}
          onChange={(view) => set({ strength: view.filter, sort: view.sort })}
        />
      </div>
      {isReviewFilterActive({ ...filters, q: query }) ? (
        <button type="button" className="button small quiet" onClick={() => onFiltersChange(NO_REVIEW_FILTERS)}>
          Clear filters
        </button>
      ) : null}
      <span className="graph-count" data-testid="review-count" aria-live="polite">
        {shown} of {total} claims
      </span>
    </div>
  );
});
