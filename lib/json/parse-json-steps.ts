// JSON.parse of a large document in steps (lib/async/run-steps.ts), so a server can parse a body of megabytes without
// holding the event loop for the whole of it. A top-level object's values are each parsed by JSON.parse, and a value
// that is an array element by element; the text between them is checked here against the grammar. Every piece is a
// complete JSON value that JSON.parse accepted and the glue between them is exact, so the answer is JSON.parse's:
// the same value, and a SyntaxError for any text it would refuse.
import type { TSteps } from "../async/run-steps";

const WHITESPACE = /[ \t\n\r]*/y;
/** Up to the next character that matters to nesting. */
const UNTIL_STRUCTURE = /[^"[\]{}]*/y;
/** A number, true, false or null: up to what may follow a value. */
const UNTIL_VALUE_END = /[^,\]}\s]*/y;

function refuse(at: number): never {
  throw new SyntaxError(`Unexpected JSON at position ${at}`);
}

/** The index after the string whose opening quote is at `start`. */
function stringEnd(text: string, start: number): number {
  for (let at = start + 1; ; at += 1) {
    at = text.indexOf('"', at);
    if (at < 0) refuse(start);
    let backslashes = 0;
    while (text.charCodeAt(at - 1 - backslashes) === 92) backslashes += 1;
    if (backslashes % 2 === 0) return at + 1;
  }
}

/** The index after the value that starts at `start` (no whitespace before it); JSON.parse checks the value itself. */
function valueEnd(text: string, start: number): number {
  const first = text[start];
  if (first === '"') return stringEnd(text, start);
  if (first !== "{" && first !== "[") {
    UNTIL_VALUE_END.lastIndex = start;
    UNTIL_VALUE_END.test(text);
    return UNTIL_VALUE_END.lastIndex;
  }
  let depth = 0;
  let at = start;
  for (;;) {
    UNTIL_STRUCTURE.lastIndex = at;
    UNTIL_STRUCTURE.test(text);
    at = UNTIL_STRUCTURE.lastIndex;
    const char = text[at];
    if (char === undefined) refuse(start);
    if (char === '"') at = stringEnd(text, at);
    else {
      depth += char === "{" || char === "[" ? 1 : -1;
      at += 1;
      if (depth === 0) return at;
    }
  }
}

function skipWhitespace(text: string, at: number): number {
  WHITESPACE.lastIndex = at;
  WHITESPACE.test(text);
  return WHITESPACE.lastIndex;
}

/** Sets a parsed member as JSON.parse does: an own data property, "__proto__" included; a repeated key keeps its place and takes the last value. */
function setMember(target: Record<string, unknown>, key: string, value: unknown) {
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
}

/** The elements of the array whose `[` is at `start`, one JSON.parse each; answers the array and the index after it. */
function* arraySteps(text: string, start: number): TSteps<[unknown[], number]> {
  const array: unknown[] = [];
  let at = skipWhitespace(text, start + 1);
  if (text[at] === "]") return [array, at + 1];
  for (;;) {
    const end = valueEnd(text, at);
    array.push(JSON.parse(text.slice(at, end)));
    yield;
    at = skipWhitespace(text, end);
    if (text[at] === "]") return [array, at + 1];
    if (text[at] !== ",") refuse(at);
    at = skipWhitespace(text, at + 1);
  }
}

/** Parses `text` as JSON.parse(text) would, yielding after each element of a top-level object's arrays and after each of its members. */
export function* parseJsonSteps(text: string): TSteps<unknown> {
  let at = skipWhitespace(text, 0);
  if (text[at] !== "{") return JSON.parse(text);
  const result: Record<string, unknown> = {};
  at = skipWhitespace(text, at + 1);
  if (text[at] !== "}") {
    for (;;) {
      if (text[at] !== '"') refuse(at);
      const keyEnd = stringEnd(text, at);
      const key = JSON.parse(text.slice(at, keyEnd)) as string;
      at = skipWhitespace(text, keyEnd);
      if (text[at] !== ":") refuse(at);
      at = skipWhitespace(text, at + 1);
      let value: unknown;
      if (text[at] === "[") [value, at] = yield* arraySteps(text, at);
      else {
        const end = valueEnd(text, at);
        value = JSON.parse(text.slice(at, end));
        at = end;
      }
      setMember(result, key, value);
      yield;
      at = skipWhitespace(text, at);
      if (text[at] === "}") break;
      if (text[at] !== ",") refuse(at);
      at = skipWhitespace(text, at + 1);
    }
  }
  if (skipWhitespace(text, at + 1) !== text.length) refuse(at + 1);
  return result;
}
