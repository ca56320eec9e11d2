import type { NextConfig } from "next";
import { API_CONTENT_SECURITY_POLICY } from "./lib/http/content-security-policy";

// `npm start` serves this configuration as the build resolved it (scripts/serve.mjs reads it from .next), so whatever
// it reads from the environment is fixed when the app is built, not when it starts.

// Headers every response carries (pages get their nonce policy from proxy.ts;
// HSTS comes from scripts/serve.mjs, which knows whether a request came over HTTPS).
const SECURITY_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  // Board and invitation addresses are nobody else's business: no Referer leaves the site.
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()" },
  // For browsers without CSP frame-ancestors.
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

// Next's own page extensions. A build made for the benchmark (CLAIMGRAPH_BENCH=1, as npm run bench builds) also takes
// `page.bench.tsx`, so bench-only routes such as app/bench/bare-react-flow are absent from every other build.
const PAGE_EXTENSIONS = ["tsx", "ts", "jsx", "js"];
const BENCH_PAGE_EXTENSION = "bench.tsx";

const nextConfig: NextConfig = {
  pageExtensions: process.env.CLAIMGRAPH_BENCH === "1" ? [...PAGE_EXTENSIONS, BENCH_PAGE_EXTENSION] : PAGE_EXTENSIONS,
  // Native and driver packages (and pdfkit, which loads its font metrics at run time) stay as Node requires rather than being bundled.
  serverExternalPackages: ["better-sqlite3", "pg", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg", "pdfkit"],
  poweredByHeader: false,
  typedRoutes: false,
  // `npm test` type-checks the tree (route types included) before it builds for the end-to-end tests.
  typescript: { ignoreBuildErrors: process.env.CLAIMGRAPH_TYPES_CHECKED === "1" },
  experimental: {
    // proxy.ts runs for page paths, and Next buffers a request body for it before anyone is authorized
    // (10 MB by default). Pages take no bodies (no server actions), so it keeps almost none.
    proxyClientMaxBodySize: 1024,
    // Next.js loads every route's server module at start by default (seconds on 2 cores); each now loads on its
    // first request, so the first page waits only for its own modules.
    preloadEntriesOnStart: false,
  },
  async headers() {
    return [
      { source: "/:path*", headers: SECURITY_HEADERS },
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: API_CONTENT_SECURITY_POLICY }] },
    ];
  },
};

export default nextConfig;
