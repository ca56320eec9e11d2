import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    ignores: [".next/**", ".next-*/**", "node_modules/**", "lib/db/generated/**", "prisma/postgresql/**", "test-results/**", "playwright-report/**", "bench/results/**", "next-env.d.ts"],
  },
];

export default config;
