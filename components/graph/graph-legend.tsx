"use client";

import { memo } from "react";
import { EdgeLineSample } from "./edge-line-sample";
import { EDGE_STYLES, type TEdgeStyleKey } from "./edge-style";

function LegendItem({ styleKey }: { styleKey: TEdgeStyleKey }) {
  const style = EDGE_STYLES[styleKey];
  return (
    <li className={`graph-legend-item legend-${style.key}`} title={`${style.description}: ${style.pattern}`}>
      <EdgeLineSample styleKey={styleKey} />
      <span className="graph-legend-word" style={{ color: style.color }}>
        {style.label}
      </span>
      <span className="sr-only"> ({style.pattern})</span>
    </li>
  );
}

/** The key to the drawing: node shapes, and each line's colour, dash and word together. */
function GraphLegendView() {
  return (
    <div className="graph-legend" role="group" aria-label="Legend" data-testid="graph-legend">
      <span className="graph-toolbar-label">Key</span>
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
    </div>
  );
}

export const GraphLegend = memo(GraphLegendView);
