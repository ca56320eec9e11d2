// Sequential requests to one endpoint, timed to the last byte.
import { log, NotMeasured } from "./report";
import { median, p95, round } from "./stats";

export const ENDPOINT_WARMUPS = 2;
export const ENDPOINT_RUNS = 20;

export type TEndpointResult =
  | { name: string; url: string; measured: false; reason: string }
  | { name: string; url: string; measured: true; median: number; p95: number; min: number; max: number; bytes: number; all: number[] };

/** Error codes of a connection lost before any answer: a kept-alive socket the server had closed meanwhile, a reset. */
const CONNECTION_LOST = new Set(["UND_ERR_SOCKET", "UND_ERR_CLOSED", "ECONNRESET", "EPIPE"]);

function connectionLost(error: unknown): boolean {
  const code = (error as { cause?: { code?: unknown } }).cause?.code;
  return error instanceof TypeError && typeof code === "string" && CONNECTION_LOST.has(code);
}

/** "fetch failed" says nothing; its cause says what failed. */
function withCause(error: unknown, url: string): unknown {
  const cause = (error as { cause?: { code?: unknown; message?: unknown } }).cause;
  if (!(error instanceof TypeError) || !cause) return error;
  return new Error(`GET ${url}: ${error.message} (${String(cause.code ?? "")} ${String(cause.message ?? "")})`.trim(), { cause: error });
}

/**
 * A GET timed to its last byte. A request whose connection was lost before its answer was read is sent once more on a new
 * one, as a browser does with a GET, and the time is that of the request that was answered: after a long pause (a
 * scenario seeding a board, a loaded machine) the bench's kept-alive socket may be one the server has closed.
 */
export async function timedGet(url: string): Promise<{ response: Response; body: ArrayBuffer; elapsed: number }> {
  const attempt = async () => {
    const started = performance.now();
    const response = await fetch(url);
    const body = await response.arrayBuffer();
    return { response, body, elapsed: performance.now() - started };
  };
  try {
    return await attempt().catch((error: unknown) => {
      if (!connectionLost(error)) throw error;
      log(`GET ${url}: the connection was lost before an answer (${String((error as { cause?: { code?: unknown } }).cause?.code)}); sending it once more`);
      return attempt();
    });
  } catch (error) {
    throw withCause(error, url);
  }
}

export async function measureEndpoint(name: string, url: string): Promise<TEndpointResult> {
  const once = async () => {
    const { response, body, elapsed } = await timedGet(url);
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
