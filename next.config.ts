import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Native and driver packages stay as Node requires rather than being bundled.
  serverExternalPackages: ["better-sqlite3", "pg", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg"],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
