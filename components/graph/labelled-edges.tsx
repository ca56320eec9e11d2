// Edges whose word is an HTML label in React Flow's EdgeLabelRenderer layer, not its SVG EdgeText:
// EdgeText measures every label with getBBox after it mounts (a forced layout of the whole page) and
// then renders each edge a second time; an HTML label sizes itself. The line is React Flow's own path.
import { BaseEdge, EdgeLabelRenderer, getBezierPath, getStraightPath, type EdgeProps, type EdgeTypes } from "@xyflow/react";
import { memo, type CSSProperties, type ReactNode } from "react";

type TEdgeLine = Pick<EdgeProps, "style" | "markerEnd" | "markerStart" | "interactionWidth" | "label" | "labelStyle">;

function EdgeWithLabel({ id, path, labelX, labelY, label, labelStyle, ...line }: TEdgeLine & { id: string; path: string; labelX: number; labelY: number }) {
  return (
    <>
      <BaseEdge path={path} {...line} />
      {label ? (
        <EdgeLabel edgeId={id} x={labelX} y={labelY} style={labelStyle}>
          {label}
        </EdgeLabel>
      ) : null}
    </>
  );
}

/**
 * Centred on (x, y) in flow coordinates. Hidden from screen readers: the edge itself is an image named
 * by its aria-label, which says what the word says (as the SVG label was, inside that image). Outside the
 * edge's element, so it carries the edge's id.
 */
function EdgeLabel({ edgeId, x, y, style, children }: { edgeId: string; x: number; y: number; style: CSSProperties | undefined; children: ReactNode }) {
  return (
    <EdgeLabelRenderer>
      <div className="graph-edge-label" data-edge-id={edgeId} aria-hidden="true" style={{ ...style, transform: `translate(-50%, -50%) translate(${x}px, ${y}px)` }}>
        {children}
      </div>
    </EdgeLabelRenderer>
  );
}

/** What an edge draws besides its path: React Flow's props for the line, and its word. */
function lineOf({ id, style, markerEnd, markerStart, interactionWidth, label, labelStyle }: EdgeProps) {
  return { id, style, markerEnd, markerStart, interactionWidth, label, labelStyle };
}

/** React Flow's default (bezier) edge, with its label as HTML. */
const LabelledBezierEdge = memo(function LabelledBezierEdge(props: EdgeProps & { pathOptions?: { curvature?: number } }) {
  const { sourceX, sourceY, sourcePosition, targetX, targetY, targetPosition, pathOptions } = props;
  const [path, labelX, labelY] = getBezierPath({ sourceX, sourceY, sourcePosition, targetX, targetY, targetPosition, curvature: pathOptions?.curvature });
  return <EdgeWithLabel path={path} labelX={labelX} labelY={labelY} {...lineOf(props)} />;
});

/** React Flow's straight edge, with its label as HTML. */
const LabelledStraightEdge = memo(function LabelledStraightEdge(props: EdgeProps) {
  const [path, labelX, labelY] = getStraightPath({ sourceX: props.sourceX, sourceY: props.sourceY, targetX: props.targetX, targetY: props.targetY });
  return <EdgeWithLabel path={path} labelX={labelX} labelY={labelY} {...lineOf(props)} />;
});

/**
 * In place of React Flow's built-in "default" and "straight" edges, so every edge (stance, relation,
 * undercut, premise) keeps its type and path and only the label changes how it is drawn.
 * Module level: React Flow gets the same object on every render.
 */
export const GRAPH_EDGE_TYPES = {
  default: LabelledBezierEdge,
  straight: LabelledStraightEdge,
} satisfies EdgeTypes;
