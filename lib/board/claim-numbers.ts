// Claim numbers for a board written in one go (a seed or an import): each claim keeps the number its file gives when
// that number is valid and not already taken; the others get the next numbers after the highest, in article order.

/** The highest number a file may give a claim: far above any board's size, far below the 32-bit column's limit. */
export const MAX_CLAIM_NUMBER = 1_000_000;

type TNumberableClaim = { key: string; number?: number | undefined; selector: { start: number; end: number } };

export function isValidClaimNumber(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= MAX_CLAIM_NUMBER;
}

/** Each claim's number by key. The highest is the board's counter. */
export function assignClaimNumbers(claims: readonly TNumberableClaim[]): Map<string, number> {
  const numbers = new Map<string, number>();
  const taken = new Set<number>();
  for (const claim of claims) {
    if (isValidClaimNumber(claim.number) && !taken.has(claim.number)) {
      numbers.set(claim.key, claim.number);
      taken.add(claim.number);
    }
  }
  let next = Math.max(0, ...taken) + 1;
  const unnumbered = claims
    .map((claim, index) => ({ claim, index }))
    .filter(({ claim }) => !numbers.has(claim.key))
    .sort((a, b) => a.claim.selector.start - b.claim.selector.start || b.claim.selector.end - a.claim.selector.end || a.index - b.index);
  for (const { claim } of unnumbered) {
    numbers.set(claim.key, next);
    taken.add(next);
    next += 1;
  }
  return numbers;
}

/** The highest number given, which the board's counter starts from. */
export function highestClaimNumber(numbers: ReadonlyMap<string, number>): number {
  let highest = 0;
  for (const value of numbers.values()) highest = Math.max(highest, value);
  return highest;
}
