// Which client and protocol a request comes from, told by the socket unless a
// trusted proxy (CLAIMGRAPH_TRUSTED_PROXY) forwarded it. `next start` passes a
// client's own X-Forwarded-For through untouched, so our server rewrites the
// forwarding headers before Next.js, Better Auth's rate limits or the session
// records see them.
import proxyaddr from "proxy-addr";

/**
 * The trust rule for CLAIMGRAPH_TRUSTED_PROXY: unset trusts no proxy; a whole
 * number trusts that many proxy hops in front of the app; anything else is a
 * comma-separated list of addresses, CIDR ranges, or `loopback`, `linklocal`,
 * `uniquelocal`. An invalid entry throws, so a typo stops the server.
 */
export function parseTrustedProxy(value) {
  const text = (value ?? "").trim();
  if (!text) return () => false;
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    return (_address, index) => index < hops;
  }
  return proxyaddr.compile(text.split(",").map((entry) => entry.trim()).filter(Boolean));
}

function firstValue(header) {
  const value = Array.isArray(header) ? header[0] : header;
  const first = value?.split(",")[0]?.trim();
  return first || undefined;
}

/**
 * Replaces the request's X-Forwarded-For with the one client address (the
 * nearest untrusted hop), and keeps X-Forwarded-Proto and X-Forwarded-Host
 * only from a trusted proxy. Returns what it settled on.
 */
export function settleForwardedHeaders(req, trust) {
  const peer = req.socket.remoteAddress ?? "";
  const peerTrusted = peer !== "" && trust(peer, 0);
  const client = peer === "" ? "" : proxyaddr(req, trust);
  const forwardedProto = peerTrusted ? firstValue(req.headers["x-forwarded-proto"])?.toLowerCase() : undefined;
  const proto = req.socket.encrypted ? "https" : forwardedProto === "https" ? "https" : "http";
  const forwardedHost = peerTrusted ? firstValue(req.headers["x-forwarded-host"]) : undefined;

  if (client) req.headers["x-forwarded-for"] = client;
  else delete req.headers["x-forwarded-for"];
  req.headers["x-forwarded-proto"] = proto;
  if (forwardedHost) req.headers["x-forwarded-host"] = forwardedHost;
  else delete req.headers["x-forwarded-host"];
  // Other spellings of the same claim are nobody's to make but ours.
  delete req.headers["forwarded"];
  delete req.headers["x-real-ip"];
  return { client, proto };
}
