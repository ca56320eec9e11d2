export function ensureProductionBuild(options?: {
  root?: string;
  force?: boolean;
  stdio?: "inherit" | "ignore" | number | Array<"inherit" | "ignore" | "pipe" | number>;
}): { built: boolean; ms: number };
