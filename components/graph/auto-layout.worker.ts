// The automatic layout, off the main thread: a big board's layout takes long enough to drop frames.
import { autoLayoutWithEngine } from "@/lib/graph/auto-layout";
import type { TLayoutRequest, TLayoutResponse } from "./layout-messages";

self.onmessage = (event: MessageEvent<TLayoutRequest>) => {
  const { id, graph, direction } = event.data;
  const started = performance.now();
  const { positions, engine } = autoLayoutWithEngine(graph, direction);
  const response: TLayoutResponse = { id, positions, engine, ms: performance.now() - started };
  self.postMessage(response);
};
