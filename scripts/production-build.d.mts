export function sourceFingerprint(root: string, env?: Record<string, string | undefined>): string;
export function ensureProductionBuild(options?: {
  root?: string;
  force?: boolean;
  stdio?: "inherit" | "ignore" | number | Array<"inherit" | "ignore" | "pipe" | number>;
  onBuildStart?: () => void;
  env?: Record<string, string | undefined>;
}): { built: boolean; ms: number };
export function ensureProductionBuildWithProgress(options: {
  root?: string;
  report: (line: string) => void;
  quietMs?: number;
  env?: Record<string, string | undefined>;
}): Promise<{ built: boolean; ms: number }>;
