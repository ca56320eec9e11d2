import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Separate build folders let the benchmark and tests build without clobbering a dev server.
  distDir: process.env.CLAIMGRAPH_DIST_DIR ?? ".next",
  // Native and driver packages stay as Node requires rather than being bundled.
  serverExternalPackages: ["better-sqlite3", "pg", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg"],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
