// Server-side latency of the synthetic board's endpoints and page HTML, without a browser.
import { ENDPOINT_RUNS, ENDPOINT_WARMUPS, measureEndpoint } from "../lib/endpoint-timing";
import { log, table } from "../lib/report";
import type { TScenario } from "../lib/scenario";
import { kb, ms } from "../lib/stats";

const TARGETS = { exportMs: 300 } as const;

export const endpointsScenario: TScenario = {
  name: "endpoints",
  summary: "the synthetic board's graph, export (< 300 ms) and board endpoints and its graph page's HTML",
  async run(bench) {
    const { base, boards } = await bench.app();
    log(`Timing the endpoints (${ENDPOINT_WARMUPS} warm-ups, ${ENDPOINT_RUNS} requests each) …`);
    const endpoints = {
      graph: await measureEndpoint("GET /api/boards/<synthetic>/graph", `${base}/api/boards/${boards.synthetic.id}/graph`),
      export: await measureEndpoint("GET /api/boards/<synthetic>/export", `${base}/api/boards/${boards.synthetic.id}/export`),
      board: await measureEndpoint("GET /api/boards/<synthetic>", `${base}/api/boards/${boards.synthetic.id}`),
      graphHtml: await measureEndpoint("GET /boards/<synthetic>/graph (page HTML)", `${base}/boards/${boards.synthetic.id}/graph`),
    };
    const exported = endpoints.export;
    const targets = [
      {
        name: `Export of the synthetic board (median of ${ENDPOINT_RUNS})`,
        figure: exported.measured ? `${ms(exported.median)} (p95 ${ms(exported.p95)}, ${kb(exported.bytes)})` : "not measured",
        limit: `< ${TARGETS.exportMs} ms`,
        pass: exported.measured && exported.median < TARGETS.exportMs,
        measured: exported.measured,
        note: exported.measured ? undefined : exported.reason,
      },
    ];
    const rows = [["Endpoint", "median", "p95", "min", "max", "size"]];
    for (const result of Object.values(endpoints)) {
      rows.push(
        result.measured
          ? [result.name, ms(result.median), ms(result.p95), ms(result.min), ms(result.max), kb(result.bytes)]
          : [result.name, "not measured", "", "", "", result.reason],
      );
    }
    return {
      report: `Endpoints (sequential requests, time to the last byte)\n\n${table(rows)}`,
      targets,
      json: { endpoints },
    };
  },
};
