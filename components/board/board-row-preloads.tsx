"use client";

import { preload } from "react-dom";

/**
 * Has the browser fetch a large board's row pages while the page's scripts load, at low priority, after them: over
 * HTTP/1.1 (6 connections) high-priority preloads held every connection, and the 10k review board's scripts arrived
 * ~1.4 s later than with these low (at load ~3).
 *
 * Called here, as the HTML is rendered, not in the server layout: a server component's preload() travels as a hint,
 * which React drops unless it arrives while the HTML is being rendered (resolveRequest), and a session's first page
 * always went without, others now and then under load. `<link>` elements instead were written into the head twice.
 */
export function BoardRowPreloads({ hrefs }: { hrefs: readonly string[] }) {
  for (const href of hrefs) preload(href, { as: "fetch", crossOrigin: "anonymous", fetchPriority: "low" });
  return null;
}
