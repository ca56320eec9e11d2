// The production server `npm start` runs: Next.js behind a plain Node HTTP
// server that settles the forwarding headers first (see forwarded-headers.mjs)
// and adds HSTS to responses served over HTTPS.
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { join } from "node:path";
import { parseTrustedProxy, settleForwardedHeaders } from "./forwarded-headers.mjs";
import { parseKeepAliveSeconds } from "./keep-alive.mjs";

process.env.NODE_ENV = "production";
adoptBuiltConfig(process.cwd());
const { default: next } = await import("next");

const port = Number(process.env.PORT ?? 3000);
const trust = parseTrustedProxy(process.env.CLAIMGRAPH_TRUSTED_PROXY);
const keepAliveSeconds = parseKeepAliveSeconds(process.env.CLAIMGRAPH_KEEP_ALIVE_SECONDS);
const publicUrlIsHttps = (process.env.BETTER_AUTH_URL ?? "").trim().startsWith("https://");
// Two years, subdomains included (OWASP ASVS 14.4.5); browsers ignore it over plain HTTP.
const HSTS = "max-age=63072000; includeSubDomains";

/**
 * Hands Next.js the configuration the build resolved (it keeps it in .next/required-server-files.json), as its own
 * standalone server does, so starting doesn't compile, run and validate next.config.ts again (a few hundred ms).
 * It is also the configuration the build was made with. Without that file, Next.js loads next.config.ts as usual.
 */
function adoptBuiltConfig(root) {
  try {
    const { config } = JSON.parse(readFileSync(join(root, ".next", "required-server-files.json"), "utf8"));
    if (config && typeof config === "object") process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(config);
  } catch {
    // No build output to read: next.config.ts it is.
  }
}

const app = next({ dev: false, dir: process.cwd(), port });
await app.prepare();
const handle = app.getRequestHandler();

/**
 * Pages take no request body (the app has no server actions; forms post to /api). A page request that comes with
 * one larger than Next.js may buffer for proxy.ts (1 KB, next.config.ts) is refused before anything reads or renders,
 * and the connection is closed a second later, the rest of the body never read.
 */
const PAGE_BODY_LIMIT_BYTES = 1024;
const PAGE_REFUSAL_LINGER_MS = 1_000;
function bringsPageBody(req) {
  if ((req.url ?? "/").startsWith("/api/")) return false;
  if (req.headers["transfer-encoding"] !== undefined) return true;
  const length = Number(req.headers["content-length"] ?? 0);
  return !Number.isFinite(length) || length > PAGE_BODY_LIMIT_BYTES;
}

const server = createServer((req, res) => {
  const { proto } = settleForwardedHeaders(req, trust);
  if (proto === "https" || publicUrlIsHttps) res.setHeader("Strict-Transport-Security", HSTS);
  if (bringsPageBody(req)) {
    const answer = "Pages take no request body.\n";
    res.writeHead(413, {
      "content-type": "text/plain; charset=utf-8",
      "content-length": Buffer.byteLength(answer),
      "content-security-policy": "default-src 'none'; frame-ancestors 'none'",
      "x-content-type-options": "nosniff",
      connection: "close",
    });
    res.write(answer);
    // A lingering close, as Apache and nginx do: hanging up at once, with the body still arriving, makes the
    // kernel send a reset that can reach the client before it has read the answer, which it then loses. The
    // answer is whole (its length is given) and the body is not read meanwhile (the socket's buffers fill and
    // the sender waits); the connection closes a moment later.
    setTimeout(() => res.end(), PAGE_REFUSAL_LINGER_MS).unref();
    return;
  }
  void handle(req, res);
});
// Announced to clients as `Keep-Alive: timeout=…`; Node closes the idle connection a second after that.
server.keepAliveTimeout = keepAliveSeconds * 1000;
server.listen(port, () => console.log(`Claimgraph is serving http://localhost:${port}`));
// Live-update streams never end by themselves, so stopping doesn't wait for them.
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => process.exit(0));
