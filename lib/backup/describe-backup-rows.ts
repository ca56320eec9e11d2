/** Row counts for a person: "  Board: 1, Claim: 23, …" and the total. */
export function describeBackupRows(rows: Record<string, number>): string {
  const total = Object.values(rows).reduce((sum, count) => sum + count, 0);
  const tables = Object.entries(rows).map(([model, count]) => `${model} ${count}`);
  return `  ${total} rows in ${tables.length} tables: ${tables.join(", ")}`;
}
