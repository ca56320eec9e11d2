// Sequential requests to one endpoint, timed to the last byte.
import { NotMeasured } from "./report";
import { median, p95, round } from "./stats";

export const ENDPOINT_WARMUPS = 2;
export const ENDPOINT_RUNS = 20;

export type TEndpointResult =
  | { name: string; url: string; measured: false; reason: string }
  | { name: string; url: string; measured: true; median: number; p95: number; min: number; max: number; bytes: number; all: number[] };

export async function measureEndpoint(name: string, url: string): Promise<TEndpointResult> {
  const once = async () => {
    const started = performance.now();
    const response = await fetch(url);
    const body = await response.arrayBuffer();
    const elapsed = performance.now() - started;
    if (!response.ok) throw new NotMeasured(`HTTP ${response.status} for ${url}`);
    return { elapsed, bytes: body.byteLength };
  };
  try {
    for (let i = 0; i < ENDPOINT_WARMUPS; i++) await once();
    const times: number[] = [];
    let bytes = 0;
    for (let i = 0; i < ENDPOINT_RUNS; i++) {
      const result = await once();
      times.push(result.elapsed);
      bytes = result.bytes;
    }
    return {
      name,
      url,
      measured: true,
      median: median(times),
      p95: p95(times),
      min: Math.min(...times),
      max: Math.max(...times),
      bytes,
      all: times.map((t) => round(t)),
    };
  } catch (error) {
    if (error instanceof NotMeasured) return { name, url, measured: false, reason: error.message };
    throw error;
  }
}
