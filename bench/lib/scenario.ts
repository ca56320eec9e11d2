// What a benchmark scenario is, and what it gets from the run. See bench/README.md, "Scenarios".
import type { Browser } from "@playwright/test";
import type { TBuildResult } from "./app-server";
import type { TBenchBoards } from "./bench-database";
import type { TBenchOptions } from "./options";
import type { TTarget } from "./report";

/** The app on --port, serving the production build with the seeded benchmark database. */
export type TBenchApp = {
  base: string;
  databaseUrl: string;
  boards: TBenchBoards;
  /** Nodes and edges the graph view shows for each board. */
  graphs: Record<"synthetic" | "basra" | "small" | "large", { nodes: number; edges: number }>;
};

export type TBenchContext = {
  options: TBenchOptions;
  /** The production build in .next, made with CLAIMGRAPH_BENCH=1 (npm start's build plus the bench-only pages), checked and if need be rebuilt once per run. */
  build(): Promise<TBuildResult>;
  /** The app on --port with the seeded SQLite database: seeded, built and started on first use, stopped at the end. */
  app(): Promise<TBenchApp>;
  /** Headless Chromium, launched on first use, closed at the end. */
  browser(): Promise<Browser>;
  /** Spare port --port + offset (offset 1–9), for a scenario's own servers. */
  port(offset: number): number;
  /** Registers a clean-up (stop a server, drop a database) run at the end of the run, even when it broke; newest first. */
  defer(cleanup: () => unknown): void;
};

export type TScenarioResult = {
  /** Printed once every scenario has run, in their order: a title line, a blank line, tables (or ""). */
  report: string;
  /** Printed with every other scenario's targets, PASS or FAIL. */
  targets: TTarget[];
  /** Merged into bench/results/latest.json (top-level keys; use names no other scenario uses). */
  json: Record<string, unknown>;
};

export type TScenario = {
  /** What --only selects, e.g. "throughput". */
  name: string;
  /** One line for --help and the README. */
  summary: string;
  /**
   * Measures and returns figures and targets. A figure that could not be measured is a target with
   * measured: false (the run goes on); throw only when the benchmark itself broke.
   */
  run(context: TBenchContext): Promise<TScenarioResult>;
};
