// One formatter for the whole process (Number#toLocaleString builds a new one on every call, ~0.14 ms each here),
// made on first use (on-first-use.ts).
import { onFirstUse } from "./on-first-use";

const COUNT = onFirstUse(() => new Intl.NumberFormat("en"));

/** A whole number with thousands separators, as English writes it: 10000 → "10,000". */
export function formatCount(n: number): string {
  return COUNT().format(n);
}
