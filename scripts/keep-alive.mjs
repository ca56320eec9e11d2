// How long the server keeps an idle keep-alive connection open. Node's default (5 s) is shorter than the idle
// timeouts of what reuses connections: nginx's upstream keepalive_timeout and AWS's load balancers both default
// to 60 s. A request sent on a connection just as the server closes it gets a reset, not an answer, and only a
// browser retries that by itself; a proxy answers 502. So the server waits longer than they do.
export const DEFAULT_KEEP_ALIVE_SECONDS = 65;
const MAX_KEEP_ALIVE_SECONDS = 3600;

/** The idle keep-alive timeout in seconds, from `CLAIMGRAPH_KEEP_ALIVE_SECONDS`; unset or empty: the default. */
export function parseKeepAliveSeconds(value) {
  const text = (value ?? "").trim();
  if (text === "") return DEFAULT_KEEP_ALIVE_SECONDS;
  const seconds = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!(seconds >= 1 && seconds <= MAX_KEEP_ALIVE_SECONDS)) {
    throw new Error(
      `CLAIMGRAPH_KEEP_ALIVE_SECONDS must be a whole number of seconds from 1 to ${MAX_KEEP_ALIVE_SECONDS}, not ${JSON.stringify(value)}.`,
    );
  }
  return seconds;
}
