// Logging, plain-text tables and the target type every scenario reports.

export function log(message: string) {
  console.log(`[bench] ${message}`);
}

/** A page or endpoint that could not be measured: its targets FAIL, the run goes on. */
export class NotMeasured extends Error {}

/** One target: the figure measured, the limit, and whether it was met. */
export type TTarget = { name: string; figure: string; limit: string; pass: boolean; measured: boolean; note?: string };

export function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, col) => Math.max(...rows.map((row) => (row[col] ?? "").length)));
  const line = (row: string[]) => row.map((cell, col) => cell.padEnd(widths[col]!)).join("  ").trimEnd();
  return [line(rows[0]!), widths.map((w) => "-".repeat(w)).join("  "), ...rows.slice(1).map(line)].join("\n");
}

export function targetsTable(targets: TTarget[]): string {
  return table([
    ["Target", "Figure", "Limit", "Result"],
    ...targets.map((t) => [t.name, t.figure, t.limit, t.measured ? (t.pass ? "PASS" : "FAIL") : `FAIL (not measured: ${t.note})`]),
  ]);
}
