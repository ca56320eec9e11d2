"use client";

import { memo } from "react";
import { EdgeLineSample } from "./edge-line-sample";
import { ARGUMENT_EDGE_LOOK } from "./argument-flow-elements";
import { EDGE_STYLES, type TEdgeStyleKey } from "./edge-style";
import { useFold } from "./use-fold";

function LegendItem({ styleKey }: { styleKey: TEdgeStyleKey }) {
  const style = EDGE_STYLES[styleKey];
  return (
    <li className={`graph-legend-item legend-${style.key}`} title={`${style.description}: ${style.pattern}`}>
      <EdgeLineSample markerKey={styleKey} width={style.width} />
      {/* The word in the theme's colour of this line (globals.css has one per key), readable on a dark page too. */}
      <span className="graph-legend-word" style={{ color: `var(--${style.key})` }}>
        {style.label}
      </span>
      <span className="sr-only"> ({style.pattern})</span>
    </li>
  );
}

/** The key to the drawing: node shapes, and each line's colour, width, end shape and word together. */
function GraphLegendView() {
  const { open, bodyId, toggleProps, onKeyDown } = useFold();
  return (
    <div className={`graph-legend${open ? " graph-legend-open" : ""}`} role="group" aria-label="Legend" data-testid="graph-legend" onKeyDown={onKeyDown}>
      <span className="graph-toolbar-label graph-legend-label">Key</span>
      {/* Phones only (responsive.css): the key folds away so the canvas keeps the screen. */}
      <button {...toggleProps} className="button small graph-legend-toggle">
        Key {open ? "▴" : "▾"}
      </button>
      <div className="graph-legend-body" id={bodyId}>
      <ul className="plain-list graph-legend-list">
        <li className="graph-legend-item">
          <span className="graph-legend-swatch graph-legend-claim" aria-hidden="true" />
          Claim
        </li>
        <li className="graph-legend-item">
          <span className="graph-legend-swatch graph-legend-evidence" aria-hidden="true" />
          Evidence
        </li>
      </ul>
      <span className="graph-legend-heading">Evidence → claim</span>
      <ul className="plain-list graph-legend-list">
        <LegendItem styleKey="supports" />
        <LegendItem styleKey="disputes" />
        <LegendItem styleKey="context" />
      </ul>
      <span className="graph-legend-heading">Claim → claim</span>
      <ul className="plain-list graph-legend-list">
        <LegendItem styleKey="relation-supports" />
        <LegendItem styleKey="relation-attacks" />
      </ul>
      <span className="graph-legend-heading">Claim → edge, claims together</span>
      <ul className="plain-list graph-legend-list">
        <li className="graph-legend-item legend-undercut" title={`A claim undercuts an edge: ${ARGUMENT_EDGE_LOOK.undercut.pattern}`}>
          <EdgeLineSample markerKey="undercut" width={ARGUMENT_EDGE_LOOK.undercut.width} dash={ARGUMENT_EDGE_LOOK.undercut.dash} />
          <span className="graph-legend-undercut" aria-hidden="true">
            ⊘
          </span>
          <span className="graph-legend-word" style={{ color: "var(--undercut)" }}>
            undercuts
          </span>
          <span className="sr-only"> ({ARGUMENT_EDGE_LOOK.undercut.pattern})</span>
        </li>
        <li className="graph-legend-item legend-premise" title={`Linked premises: ${ARGUMENT_EDGE_LOOK.premise.pattern}`}>
          <span className="graph-legend-junction" aria-hidden="true">
            ⋈ together
          </span>
          <span className="graph-legend-word">linked premises</span>
          <span className="sr-only"> ({ARGUMENT_EDGE_LOOK.premise.pattern})</span>
        </li>
      </ul>
      </div>
    </div>
  );
}

export const GraphLegend = memo(GraphLegendView);
