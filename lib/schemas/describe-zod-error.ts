import type { z } from "zod";

export type TZodIssueSummary = { path: string; message: string };

// What a person calls a field, where its API name says it badly. Others read
// as their name in words ("sourceType" → "The source type").
const FIELD_NAMES: Record<string, string> = {
  url: "The source link",
  "article.url": "The article link",
  "article.text": "The article text",
  statement: "The claim",
  body: "The comment",
  checkworthiness: "Check-worthiness",
  reliability: "Reliability",
  strength: "Strength",
  claimIds: "The chosen claims",
  id: "The id",
};

/** "article.byline" → "The article byline"; "sourceType" → "The source type". */
function fieldInWords(key: string): string {
  const named = FIELD_NAMES[key] ?? FIELD_NAMES[key.split(".").at(-1) ?? ""];
  if (named) return named;
  const words = key
    .split(".")
    .map((part) => part.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase())
    .join(" ");
  return `The ${words}`;
}

const sentence = (text: string) => {
  const trimmed = text.trim();
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
};

/**
 * One issue in plain words: the schemas' messages start with the field's API
 * name ("url must be …"), which becomes what a person calls it ("The source
 * link must be …"). The API name stays in the issue's path, for programs.
 */
export function describeIssueInWords(path: readonly PropertyKey[], message: string): string {
  const key = path.filter((part): part is string => typeof part === "string").join(".");
  if (!key) return sentence(message);
  const last = key.split(".").at(-1)!;
  for (const written of [key, last]) {
    // A name for the whole path wins: "article.url" is the article's link, not a source's.
    if (message.startsWith(`${written} `)) return sentence(`${FIELD_NAMES[key] ?? fieldInWords(written)}${message.slice(written.length)}`);
  }
  return sentence(`${fieldInWords(key)} is not valid (${message.charAt(0).toLowerCase()}${message.slice(1)})`);
}

/**
 * A zod error as the API reports invalid input: one message in plain words a
 * person can act on, and the issues with their dotted API paths, for programs.
 */
export function describeZodError(error: z.ZodError): { message: string; issues: TZodIssueSummary[] } {
  const issues = error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }));
  const message = error.issues.map((issue) => describeIssueInWords(issue.path, issue.message)).join(" ");
  return { message: message || "The request was not valid.", issues };
}
