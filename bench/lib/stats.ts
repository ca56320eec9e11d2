// Statistics and number formatting shared by the scenarios.

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Nearest-rank percentile, 0 < q ≤ 1. */
export function percentile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

/** Nearest-rank 95th percentile (with 5 runs: the slowest). */
export function p95(values: number[]): number {
  return percentile(values, 0.95);
}

export const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;
export const ms = (value: number) => `${Math.round(value)} ms`;
export const kb = (bytes: number) => (bytes >= 1_048_576 ? `${round(bytes / 1_048_576, 2)} MB` : `${round(bytes / 1024, 1)} KB`);
