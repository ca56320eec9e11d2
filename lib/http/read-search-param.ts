import "server-only";
import { DataError } from "../data/errors";
import { textProblem } from "../schemas/text-rule";

/** A query-string parameter, under the same text rule as JSON bodies (lib/schemas/text-rule.ts). */
export function readSearchParam(request: Request, name: string): string | null {
  const value = new URL(request.url).searchParams.get(name);
  if (value === null) return null;
  const problem = textProblem(value);
  if (problem) {
    const message = `${name} ${problem}`;
    throw new DataError("invalid", message, { issues: [{ path: name, message }] });
  }
  return value;
}
