export function isProductionBuildCurrent(root?: string): boolean;
export function ensureProductionBuild(options?: {
  root?: string;
  force?: boolean;
  stdio?: "inherit" | "ignore" | number | Array<"inherit" | "ignore" | "pipe" | number>;
  onBuildStart?: () => void;
  env?: NodeJS.ProcessEnv;
}): { built: boolean; ms: number };
