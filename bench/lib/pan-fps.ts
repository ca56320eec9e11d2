// Frame rate while a page's React Flow canvas is panned (mouse drag on the pane) and zoomed (wheel),
// counted with requestAnimationFrame in the page, after the page is ready.
import type { BrowserContext, Page } from "@playwright/test";
import { gotoAndWait, openPage } from "./page-load";
import { median, percentile, round } from "./stats";

const GESTURE_MS = 2000;
const SETTLE_MS = 500;

export type TGestureFigures = { fps: number; medianFrameMs: number; p95FrameMs: number; moves: number; msPerMove: number };
export type TFpsSample = { pan: TGestureFigures; zoom: TGestureFigures; renderedNodes: number; renderedEdges: number };

declare global {
  interface Window {
    __benchFrames?: number[];
    __benchFramesOn?: boolean;
  }
}

// A string, not a function: tsx would wrap the inner callback in a __name helper the page does not have.
const START_FRAMES = `(() => {
  window.__benchFrames = [];
  window.__benchFramesOn = true;
  const tick = (t) => {
    if (!window.__benchFramesOn) return;
    window.__benchFrames.push(t);
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})()`;

function startFrames(page: Page) {
  return page.evaluate(START_FRAMES);
}

async function stopFrames(page: Page, moves: number, wallMs: number): Promise<TGestureFigures> {
  const frames = await page.evaluate(() => {
    window.__benchFramesOn = false;
    return window.__benchFrames ?? [];
  });
  const gaps = frames.slice(1).map((t, i) => t - frames[i]!);
  const span = frames.length > 1 ? frames.at(-1)! - frames[0]! : 0;
  return {
    fps: span > 0 ? round(((frames.length - 1) * 1000) / span) : 0,
    medianFrameMs: gaps.length ? round(median(gaps)) : 0,
    p95FrameMs: gaps.length ? round(percentile(gaps, 0.95)) : 0,
    moves,
    msPerMove: moves ? round(wallMs / moves) : 0,
  };
}

/** A point on the empty pane (not a node, edge or control) near the canvas's middle. */
function panePoint(page: Page) {
  return page.evaluate(() => {
    const flow = document.querySelector(".react-flow");
    if (!flow) return null;
    const box = flow.getBoundingClientRect();
    for (let ring = 0; ring < 12; ring++) {
      for (let k = 0; k < 16; k++) {
        const angle = (k / 16) * Math.PI * 2;
        const x = box.left + box.width / 2 + Math.cos(angle) * ring * 30;
        const y = box.top + box.height / 2 + Math.sin(angle) * ring * 20;
        if (document.elementFromPoint(x, y)?.classList.contains("react-flow__pane")) return { x, y };
      }
    }
    return { x: box.left + 8, y: box.top + 8 };
  });
}

/** Drag the pane back and forth for GESTURE_MS, one pointer move after another, as fast as the page takes them. */
async function pan(page: Page, at: { x: number; y: number }): Promise<TGestureFigures> {
  await page.mouse.move(at.x, at.y);
  await page.mouse.down();
  await startFrames(page);
  const started = performance.now();
  let moves = 0;
  while (performance.now() - started < GESTURE_MS) {
    const phase = (moves % 40) / 40; // a 40-move round trip, 8 px a move
    const dx = (phase < 0.5 ? phase : 1 - phase) * 40 * 8;
    await page.mouse.move(at.x + dx, at.y + dx / 2);
    moves++;
  }
  const figures = await stopFrames(page, moves, performance.now() - started);
  await page.mouse.up();
  return figures;
}

/** Wheel in and out over the pane for GESTURE_MS. */
async function zoom(page: Page, at: { x: number; y: number }): Promise<TGestureFigures> {
  await page.mouse.move(at.x, at.y);
  await startFrames(page);
  const started = performance.now();
  let moves = 0;
  while (performance.now() - started < GESTURE_MS) {
    await page.mouse.wheel(0, Math.floor(moves / 10) % 2 === 0 ? -40 : 40);
    moves++;
  }
  return stopFrames(page, moves, performance.now() - started);
}

/** One pan gesture on an open, ready page (what --profile records on the large board). */
export async function panOnce(page: Page): Promise<TGestureFigures> {
  const at = await panePoint(page);
  if (!at) throw new Error("no React Flow canvas");
  return pan(page, at);
}

/** Opens `url`, waits until it is ready and idle, then pans and zooms it. */
export async function measurePanFps(context: BrowserContext, url: string): Promise<TFpsSample> {
  const { page, cdp } = await openPage(context);
  try {
    await gotoAndWait(page, url);
    await page.waitForTimeout(SETTLE_MS);
    const at = await panePoint(page);
    if (!at) throw new Error(`no React Flow canvas on ${url}`);
    const panned = await pan(page, at);
    await page.waitForTimeout(SETTLE_MS);
    const zoomed = await zoom(page, at);
    const rendered = await page.evaluate(() => ({
      nodes: document.querySelectorAll(".react-flow__node").length,
      edges: document.querySelectorAll(".react-flow__edge").length,
    }));
    return { pan: panned, zoom: zoomed, renderedNodes: rendered.nodes, renderedEdges: rendered.edges };
  } finally {
    await cdp.detach().catch(() => undefined);
    await page.close();
  }
}
