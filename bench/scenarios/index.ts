// Every scenario npm run bench runs, in this order. To add one: write bench/scenarios/<name>.ts
// exporting a TScenario (bench/lib/scenario.ts) and list it here; see bench/README.md.
import type { TScenario } from "../lib/scenario";
import { endpointsScenario } from "./endpoints";
import { graphPageScenario } from "./graph-page";
import { importStallScenario } from "./import-stall";
import { liveUpdatesScenario } from "./live-updates";
import { reviewBoardScenario } from "./review-board";
import { searchScenario } from "./search";
import { startTimeScenario } from "./start-time";
import { throughputScenario } from "./throughput";

export const SCENARIOS: readonly TScenario[] = [
  graphPageScenario,
  endpointsScenario,
  throughputScenario,
  liveUpdatesScenario,
  importStallScenario,
  searchScenario,
  reviewBoardScenario,
  startTimeScenario,
];
