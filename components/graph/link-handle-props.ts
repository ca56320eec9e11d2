import type { CSSProperties } from "react";

// Module level, so memoized nodes get the same object on every render.
const HIDDEN_HANDLE_STYLE: CSSProperties = { visibility: "hidden" };

/**
 * Props for a node's <Handle>s. React Flow's handles start links unless told
 * otherwise, whatever `nodesConnectable` says; for viewers who may not link,
 * they stay in place (edges attach to them) but are hidden and inert.
 */
export function linkHandleProps(isConnectable: boolean) {
  return {
    className: "graph-handle",
    isConnectable,
    isConnectableStart: isConnectable,
    isConnectableEnd: isConnectable,
    style: isConnectable ? undefined : HIDDEN_HANDLE_STYLE,
  };
}
