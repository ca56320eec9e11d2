"use client";

import { memo } from "react";
import { MAX_HOPS, type TGraphFocus } from "./use-graph-focus";

function short(text: string, length = 48): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

/**
 * Finding one's way: Fit all, focus on the open claim (and the breadcrumbs back), how many hops
 * around it to show, and collapsing what leads to it.
 */
function GraphFocusBarView({
  focus,
  statementOf,
  openedClaimId,
  openedCollapsed,
  canCollapse,
  onFitAll,
  onFocus,
  onBackTo,
  onHops,
  onLeave,
  onToggleCollapse,
}: {
  focus: TGraphFocus;
  statementOf: (id: string) => string;
  openedClaimId: string | null;
  openedCollapsed: boolean;
  canCollapse: boolean;
  onFitAll: () => void;
  onFocus: (id: string) => void;
  onBackTo: (index: number) => void;
  onHops: (hops: number) => void;
  onLeave: () => void;
  onToggleCollapse: (id: string) => void;
}) {
  const focused = focus.trail.length > 0;
  const current = focus.trail.at(-1);
  return (
    // On a phone (responsive.css) its parts join the toolbar's grid: Fit all on the toolbar's line, the path below.
    <div className="graph-focus-bar" data-testid="graph-focus-bar">
      <button type="button" className="button small graph-fit-all" onClick={onFitAll}>
        Fit all
      </button>
      {focused ? (
        <>
          <nav aria-label="Focus path" className="graph-breadcrumbs">
            <ol className="plain-list">
              <li>
                <button type="button" className="link-button" onClick={onLeave}>
                  Whole board
                </button>
              </li>
              {focus.trail.map((id, index) => (
                <li key={`${id}-${index}`}>
                  <span aria-hidden="true"> › </span>
                  {index === focus.trail.length - 1 ? (
                    <span aria-current="location" title={statementOf(id)}>
                      {short(statementOf(id))}
                    </span>
                  ) : (
                    <button type="button" className="link-button" title={statementOf(id)} onClick={() => onBackTo(index)}>
                      {short(statementOf(id), 32)}
                    </button>
                  )}
                </li>
              ))}
            </ol>
          </nav>
          <label className="graph-hops">
            <span className="graph-hops-word">Show </span>
            <select value={focus.hops} onChange={(event) => onHops(Number(event.target.value))}>
              {Array.from({ length: MAX_HOPS }, (_, i) => i + 1).map((n) => (
                <option key={n} value={n}>
                  {n} {n === 1 ? "step" : "steps"}
                </option>
              ))}
            </select>
            <span className="graph-hops-word"> around it</span>
          </label>
          {/* Phones hide this: the path's "Whole board", always in view there, leaves focus too. */}
          <button type="button" className="button small graph-leave-focus" onClick={onLeave} aria-keyshortcuts="Escape">
            Leave focus (Esc)
          </button>
        </>
      ) : null}
      {openedClaimId && openedClaimId !== current ? (
        <button type="button" className="button small" onClick={() => onFocus(openedClaimId)}>
          Focus on this claim
        </button>
      ) : null}
      {openedClaimId && canCollapse ? (
        <button type="button" className="button small" aria-pressed={openedCollapsed} onClick={() => onToggleCollapse(openedClaimId)}>
          {openedCollapsed ? "Expand what leads here" : "Collapse what leads here"}
        </button>
      ) : null}
    </div>
  );
}

export const GraphFocusBar = memo(GraphFocusBarView);
