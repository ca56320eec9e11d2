"use client";

import { useCallback, useState, type RefObject } from "react";
import { useFold } from "./use-fold";

/** Parts of the canvas that are controls, not the drawing: left out of the image. */
const LEFT_OUT = ["react-flow__minimap", "react-flow__controls", "react-flow__panel", "graph-export-buttons"];

function keep(node: HTMLElement): boolean {
  return !(node.classList && LEFT_OUT.some((name) => node.classList.contains(name)));
}

function fileName(title: string, extension: string): string {
  const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 60) || "board";
  return `${slug}-graph.${extension}`;
}

function download(url: string, name: string) {
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.click();
}

/**
 * Downloads what the graph shows now (the view, as it is panned and zoomed), with the board's
 * title and the legend, as PNG or SVG, by html-to-image as React Flow's download-image example does.
 */
export function GraphImageExport({ frameRef, title }: { frameRef: RefObject<HTMLDivElement | null>; title: string }) {
  const [busy, setBusy] = useState<"png" | "svg" | null>(null);
  const [error, setError] = useState<string | null>(null);
  const save = useCallback(
    async (format: "png" | "svg") => {
      const frame = frameRef.current;
      if (!frame) return;
      setBusy(format);
      setError(null);
      frame.classList.add("graph-exporting"); // shows the title line, which the page itself has in its header
      try {
        const { toPng, toSvg } = await import("html-to-image");
        const options = { backgroundColor: "#ffffff", filter: keep, pixelRatio: format === "png" ? 2 : 1, skipFonts: true };
        const url = format === "png" ? await toPng(frame, options) : await toSvg(frame, options);
        download(url, fileName(title, format));
      } catch (caught) {
        setError(`The image could not be made: ${caught instanceof Error ? caught.message : "unknown error"}`);
      } finally {
        frame.classList.remove("graph-exporting");
        setBusy(null);
      }
    },
    [frameRef, title],
  );
  const fold = useFold();
  return (
    <div
      className={`graph-export-buttons${fold.open ? " graph-export-open" : ""}`}
      role="group"
      aria-label="Download the current view"
      onKeyDown={fold.onKeyDown}
    >
      {/* Phones only (responsive.css): the downloads fold behind this button, so the canvas keeps the screen. */}
      <button {...fold.toggleProps} className="button small graph-fold-toggle">
        Download <span aria-hidden="true">{fold.open ? "▴" : "▾"}</span>
      </button>
      <div className="graph-export-body" id={fold.bodyId}>
        <button type="button" className="button small" disabled={busy !== null} onClick={() => void save("png")}>
          {busy === "png" ? "Making PNG…" : "Download PNG"}
        </button>
        <button type="button" className="button small" disabled={busy !== null} onClick={() => void save("svg")}>
          {busy === "svg" ? "Making SVG…" : "Download SVG"}
        </button>
        {error ? (
          <span role="alert" className="form-error graph-toolbar-error">
            {error}
          </span>
        ) : null}
      </div>
    </div>
  );
}
