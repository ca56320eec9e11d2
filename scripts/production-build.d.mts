export function ensureProductionBuild(options?: {
  root?: string;
  force?: boolean;
  stdio?: "inherit" | "ignore" | number | Array<"inherit" | "ignore" | "pipe" | number>;
  onBuildStart?: () => void;
}): { built: boolean; ms: number };
