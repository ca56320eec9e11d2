"use client";

import {
  STRENGTH_FILTER_LABELS,
  STRENGTH_FILTERS,
  STRENGTH_SORT_LABELS,
  STRENGTH_SORTS,
  ZStrengthFilter,
  ZStrengthSort,
  type TStrengthView,
} from "@/lib/strength/strength-view";
import type { TStrengthState } from "../board/board-strengths";

/** Filter and sort by claim strength; off, with the reason, while the strengths are not final. */
export function StrengthViewControls({
  idPrefix,
  view,
  state,
  onChange,
}: {
  idPrefix: string;
  view: TStrengthView;
  state: TStrengthState["status"];
  onChange: (view: TStrengthView) => void;
}) {
  const final = state === "settled";
  return (
    <div className="strength-view-controls">
      <label htmlFor={`${idPrefix}-strength-filter`} className="review-toolbar-field">
        <span>Strength</span>
        <select
          id={`${idPrefix}-strength-filter`}
          className="inline"
          value={view.filter ?? ""}
          disabled={!final}
          onChange={(event) => onChange({ ...view, filter: ZStrengthFilter.parse(event.target.value) })}
        >
          <option value="">Any strength</option>
          {STRENGTH_FILTERS.map((filter) => (
            <option key={filter} value={filter}>
              {STRENGTH_FILTER_LABELS[filter]}
            </option>
          ))}
        </select>
      </label>
      <label htmlFor={`${idPrefix}-strength-sort`} className="review-toolbar-field">
        <span>Order</span>
        <select
          id={`${idPrefix}-strength-sort`}
          className="inline"
          value={view.sort ?? ""}
          disabled={!final}
          onChange={(event) => onChange({ ...view, sort: ZStrengthSort.parse(event.target.value) })}
        >
          <option value="">In board order</option>
          {STRENGTH_SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {STRENGTH_SORT_LABELS[sort]}
            </option>
          ))}
        </select>
      </label>
      {final ? null : (
        <span className="muted small" role="status">
          {state === "pending"
            ? "Strength filters wait until the whole board has loaded."
            : "Strength filters are off: the strengths on this board did not settle."}
        </span>
      )}
    </div>
  );
}
