import type { TTextAnchor } from "../schemas/selector";

/** Describes text[start, end) as a quote with surrounding context and its offsets. */
export function describeTextAnchor(text: string, start: number, end: number, contextLength = 32): TTextAnchor {
  if (!Number.isInteger(start) || !Number.isInteger(end)) {
    throw new RangeError(`anchor offsets must be whole numbers (got ${start}, ${end})`);
  }
  if (start < 0 || end > text.length || start >= end) {
    throw new RangeError(`anchor [${start}, ${end}) is empty or outside the text (length ${text.length})`);
  }
  if (!Number.isInteger(contextLength) || contextLength < 0) {
    throw new RangeError(`contextLength must be a whole number of at least 0 (got ${contextLength})`);
  }
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - contextLength), start),
    suffix: text.slice(end, end + contextLength),
    start,
    end,
  };
}
