import type { z } from "zod";

export type TZodIssueSummary = { path: string; message: string };

/**
 * A zod error as the API reports invalid input: one message a person can act on
 * ("field: problem; …") and the issues with their dotted paths, for clients.
 */
export function describeZodError(error: z.ZodError): { message: string; issues: TZodIssueSummary[] } {
  const issues = error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }));
  const message = issues.map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message)).join("; ");
  return { message: message || "Invalid request", issues };
}
