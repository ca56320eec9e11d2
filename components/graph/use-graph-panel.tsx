"use client";

import { useReactFlow } from "@xyflow/react";
import { lazy, Suspense, useCallback, useEffect, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from "react";
import type { TOpened } from "./graph-side-panel";
import type { TGraphFlowEdge, TGraphFlowNode } from "./to-flow-elements";

/** The claim and evidence panels (with comments, history and forms) load after the first view, not with the page. */
export const loadGraphSidePanel = () => import("./graph-side-panel").then((module) => ({ default: module.GraphSidePanel }));
const GraphSidePanel = lazy(loadGraphSidePanel);

function isEditable(element: HTMLElement): boolean {
  return element.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(element.tagName);
}

/**
 * The side panel for the opened node, and the keyboard around it: Enter or Space on a node opens
 * it, Escape closes the panel (then, with no panel open, leaves focus mode), and focus returns to
 * the node the panel was for. A revealed node is centred, so the view follows keyboard focus.
 */
export function useGraphPanel({
  selectOnly,
  canSaveLayout,
  onArrowMove,
  escapePaused,
  onEscapeWithoutPanel,
}: {
  selectOnly: (id: string | null) => void;
  canSaveLayout: boolean;
  onArrowMove: () => void;
  escapePaused: boolean;
  onEscapeWithoutPanel: (() => void) | null;
}) {
  const { setCenter, getInternalNode, getZoom } = useReactFlow<TGraphFlowNode, TGraphFlowEdge>();
  const [opened, setOpened] = useState<TOpened>(null);
  const sideRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLDivElement | null>(null);
  const focusPanelNext = useRef(false);
  // A node opened with `reveal` is centred once the panel has narrowed the canvas, not before: two
  // centring animations at once left the view at the first one's part-way zoom.
  const revealNext = useRef(false);

  const centre = useCallback(
    (id: string, zoom: number) => {
      const node = getInternalNode(id);
      if (!node) return;
      const width = node.measured.width ?? node.width ?? 0;
      const height = node.measured.height ?? node.height ?? 0;
      void setCenter(node.internals.positionAbsolute.x + width / 2, node.internals.positionAbsolute.y + height / 2, { zoom, duration: 300 });
    },
    [getInternalNode, setCenter],
  );
  const reveal = useCallback((id: string) => centre(id, Math.max(getZoom(), 0.85)), [centre, getZoom]);

  const openNode = useCallback(
    (kind: "claim" | "evidence", id: string, options: { focusPanel?: boolean; reveal?: boolean } = {}) => {
      focusPanelNext.current = Boolean(options.focusPanel);
      if (options.reveal && opened?.id === id) reveal(id);
      else revealNext.current = Boolean(options.reveal);
      setOpened({ kind, id });
      selectOnly(id);
    },
    [opened, reveal, selectOnly],
  );

  useEffect(() => {
    if (opened && focusPanelNext.current) {
      focusPanelNext.current = false;
      sideRef.current?.focus();
    }
  }, [opened]);

  // Opening the panel narrows the canvas: a node it leaves partly out of view is brought back, at the same zoom.
  const openedId = opened?.id ?? null;
  useEffect(() => {
    if (!openedId) return;
    let frame = requestAnimationFrame(() => {
      // A frame later still: React Flow takes the canvas's new size from a resize observer.
      frame = requestAnimationFrame(() => {
        const canvas = canvasRef.current?.getBoundingClientRect();
        const element = canvasRef.current?.querySelector(`.react-flow__node[data-id="${CSS.escape(openedId)}"]`);
        if (revealNext.current) {
          revealNext.current = false;
          return reveal(openedId);
        }
        if (!canvas || !element) return;
        const box = element.getBoundingClientRect();
        if (box.left < canvas.left || box.right > canvas.right || box.top < canvas.top || box.bottom > canvas.bottom) centre(openedId, getZoom());
      });
    });
    return () => cancelAnimationFrame(frame);
  }, [openedId, centre, reveal, getZoom]);

  /** Keyboard focus to a node; with `reveal`, the view first moves to it (it may not be drawn yet). */
  const focusNode = useCallback(
    (id: string, options: { reveal?: boolean } = {}) => {
      if (options.reveal) reveal(id);
      const tryFocus = (attempt: number) => {
        const element = canvasRef.current?.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
        if (element) element.focus({ preventScroll: true });
        else if (attempt < 20) requestAnimationFrame(() => tryFocus(attempt + 1));
      };
      tryFocus(0);
    },
    [reveal],
  );

  const closePanel = useCallback(
    (restoreFocus: boolean) => {
      const closing = opened;
      setOpened(null);
      selectOnly(null);
      if (restoreFocus && closing) requestAnimationFrame(() => focusNode(closing.id));
    },
    [opened, selectOnly, focusNode],
  );
  const onPaneClick = useCallback(() => {
    if (opened) closePanel(false);
  }, [opened, closePanel]);
  const onPanelClose = useCallback(() => closePanel(true), [closePanel]);
  const onOpenClaim = useCallback((id: string) => openNode("claim", id, { reveal: true }), [openNode]);
  const onOpenEvidence = useCallback((id: string) => openNode("evidence", id, { reveal: true }), [openNode]);

  const onCanvasKeyDown = useCallback(
    (event: ReactKeyboardEvent<HTMLDivElement>) => {
      const target = event.target as HTMLElement;
      const nodeElement = target.closest(".react-flow__node");
      if (!nodeElement || nodeElement !== target) return;
      const id = nodeElement.getAttribute("data-id");
      const kind = nodeElement.getAttribute("data-node-kind");
      // An undercut's ⊘ or a group's "together" node opens the claim it bears on, as a click does.
      const opensClaim = nodeElement.getAttribute("data-opens-claim");
      if (opensClaim && (event.key === "Enter" || event.key === " ")) {
        event.preventDefault();
        openNode("claim", opensClaim, { focusPanel: true });
        return;
      }
      if (!id || (kind !== "claim" && kind !== "evidence")) return;
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        openNode(kind, id, { focusPanel: true });
      } else if (event.key.startsWith("Arrow") && canSaveLayout) {
        onArrowMove();
      }
    },
    [openNode, onArrowMove, canSaveLayout],
  );

  // Escape closes the panel (a first Escape inside a form field only leaves the field), or leaves focus mode.
  useEffect(() => {
    if (escapePaused || (!opened && !onEscapeWithoutPanel)) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "Escape" || event.defaultPrevented) return;
      const target = event.target instanceof HTMLElement ? event.target : null;
      if (target?.closest("dialog, details[open]")) return;
      if (!opened) {
        if (target && isEditable(target)) return;
        onEscapeWithoutPanel?.();
        return;
      }
      if (target && isEditable(target) && sideRef.current?.contains(target)) {
        target.blur();
        sideRef.current.focus();
        return;
      }
      closePanel(true);
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [opened, escapePaused, closePanel, onEscapeWithoutPanel]);

  const sidePanel = opened ? (
    <div className="graph-side" ref={sideRef} tabIndex={-1} data-testid="graph-side-panel">
      <Suspense fallback={<p className="muted" aria-busy="true">Opening…</p>}>
        <GraphSidePanel opened={opened} onClose={onPanelClose} onOpenClaim={onOpenClaim} onOpenEvidence={onOpenEvidence} />
      </Suspense>
    </div>
  ) : null;

  const setCanvas = useCallback((element: HTMLDivElement | null) => {
    canvasRef.current = element;
  }, []);

  return { opened, openNode, focusNode, setCanvas, onPaneClick, onCanvasKeyDown, sidePanel };
}
