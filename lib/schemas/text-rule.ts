// One rule for all text that arrives at the boundary (JSON bodies, query
// strings, account forms): no lone UTF-16 surrogates and no NUL characters.
// A lone surrogate is not Unicode text at all (neither database can store it),
// and PostgreSQL refuses NUL while SQLite keeps it, so both are refused with
// 400 naming the field rather than stored on one database and not the other.

import { runToEnd, type TSteps } from "../async/run-steps";

/** JSON nested deeper than this is refused; no request of ours comes close. */
export const MAX_JSON_DEPTH = 64;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why this text can't be accepted, or null when it can. */
export function textProblem(text: string): string | null {
  if (text.includes("\u0000")) return "contains a NUL character (U+0000), which text here may not contain";
  const surrogate = LONE_SURROGATE.exec(text);
  if (surrogate) {
    const code = surrogate[0].charCodeAt(0).toString(16).toUpperCase();
    return `contains a lone UTF-16 surrogate (U+${code}), which is not valid Unicode text`;
  }
  return null;
}

export type TTextIssue = { path: string; message: string };

const describePath = (path: readonly (string | number)[]) => (path.length > 0 ? path.join(".") : "body");

/** Values looked at between yields: yielding costs far more than looking at one value. */
const NODES_PER_STEP = 512;

/**
 * The first string (value or key) in parsed JSON that breaks the text rule, or
 * JSON nested deeper than MAX_JSON_DEPTH. Walks iteratively, so no input can
 * exhaust the stack.
 */
export function findTextIssue(value: unknown, maxDepth = MAX_JSON_DEPTH): TTextIssue | null {
  return runToEnd(textIssueSteps(value, maxDepth));
}

/** findTextIssue in steps (lib/async/run-steps.ts), for bodies of megabytes that mustn't hold the event loop. */
export function* textIssueSteps(value: unknown, maxDepth = MAX_JSON_DEPTH): TSteps<TTextIssue | null> {
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value, path: [] }];
  let nodes = 0;
  while (stack.length > 0) {
    if (++nodes % NODES_PER_STEP === 0) yield;
    const { value: current, path } = stack.pop()!;
    if (typeof current === "string") {
      const problem = textProblem(current);
      if (problem) return { path: describePath(path), message: `${describePath(path)} ${problem}` };
      continue;
    }
    if (typeof current !== "object" || current === null) continue;
    if (path.length >= maxDepth) {
      return { path: describePath(path), message: `${describePath(path)} is nested too deeply (at most ${maxDepth} levels)` };
    }
    if (Array.isArray(current)) {
      for (let index = current.length - 1; index >= 0; index--) stack.push({ value: current[index], path: [...path, index] });
      continue;
    }
    for (const [key, child] of Object.entries(current).reverse()) {
      const problem = textProblem(key);
      if (problem) return { path: describePath(path), message: `a field name in ${describePath(path)} ${problem}` };
      stack.push({ value: child, path: [...path, key] });
    }
  }
  return null;
}
