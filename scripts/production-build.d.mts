export function ensureProductionBuild(options?: {
  root?: string;
  force?: boolean;
  stdio?: "inherit" | "ignore" | number | Array<"inherit" | "ignore" | "pipe" | number>;
  onBuildStart?: () => void;
}): { built: boolean; ms: number };
export function ensureProductionBuildWithProgress(options: {
  root?: string;
  report: (line: string) => void;
  quietMs?: number;
}): Promise<{ built: boolean; ms: number }>;
