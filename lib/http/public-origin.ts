// The origin published links use (ClaimReview, CSV permalinks): the configured public URL (BETTER_AUTH_URL, the
// address the app is deployed at), else the host the request was sent to. Never the address the server happens
// to listen on: behind serve.mjs, Next's own request URL may say localhost whatever the reader typed.

/** The configured public URL's origin, or null when it is unset or not an http(s) URL. */
export function configuredOrigin(value: string | undefined): string | null {
  const trimmed = value?.trim();
  if (!trimmed) return null;
  try {
    const url = new URL(trimmed);
    return url.protocol === "https:" || url.protocol === "http:" ? url.origin : null;
  } catch {
    return null;
  }
}

const HOST = /^[a-z0-9.-]+(:[0-9]{1,5})?$|^\[[0-9a-f:.]+\](:[0-9]{1,5})?$/i;

/**
 * The origin for links: the configured one, else the request's Host (or X-Forwarded-Host, which serve.mjs keeps
 * only from a trusted proxy) and protocol. Null when neither is known or the host is malformed.
 */
export function publicOrigin(configured: string | undefined, headers: Pick<Headers, "get">): string | null {
  const fromConfig = configuredOrigin(configured);
  if (fromConfig) return fromConfig;
  const host = (headers.get("x-forwarded-host") ?? headers.get("host"))?.trim();
  if (!host || !HOST.test(host)) return null;
  const proto = headers.get("x-forwarded-proto")?.trim() === "https" ? "https" : "http";
  return `${proto}://${host.toLowerCase()}`;
}
