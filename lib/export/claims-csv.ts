// The board's claims as CSV (RFC 4180) for spreadsheets: one row per claim with its published verdict, stage,
// assignee and evidence counts. A verdict is given only once published, as everywhere else a reader looks.
import { claimPermalinkPath } from "../board/claim-permalink";
import type { TBoardView } from "../board/types";
import { STAGE_LABELS } from "../workflow/stages";

// A spreadsheet runs a cell that starts with one of these as a formula (OWASP "CSV injection").
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One field: text that starts like a formula gets a leading apostrophe, so a spreadsheet shows it as text; a
 * field with a comma, quote or line break is quoted, its quotes doubled.
 */
export function csvField(value: string | number | null): string {
  if (value === null) return "";
  const raw = String(value);
  const text = typeof value === "string" && FORMULA_START.test(raw) ? `'${raw}` : raw;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows as CSV: fields comma-separated, records ending in CRLF, as RFC 4180 says. */
export function toCsv(rows: readonly (readonly (string | number | null)[])[]): string {
  return rows.map((row) => row.map(csvField).join(",") + "\r\n").join("");
}

export const CLAIMS_CSV_HEADER = [
  "number",
  "statement",
  "speaker",
  "quote",
  "stage",
  "published_verdict",
  "published_on",
  "assignee",
  "due_on",
  "evidence",
  "supporting",
  "disputing",
  "context",
  "permalink",
] as const;

/**
 * The claims by number. `origin` (e.g. https://claims.example.org) makes the permalinks absolute; without one
 * they are paths. The file starts with a byte order mark so spreadsheet programs read it as UTF-8.
 */
export function buildClaimsCsv(board: Pick<TBoardView, "id" | "claims" | "links" | "members" | "verdictScale">, origin: string | null): string {
  const names = new Map(board.members.map((member) => [member.userId, member.name]));
  const rows = [...board.claims]
    .sort((a, b) => a.number - b.number)
    .map((claim) => {
      const links = board.links.filter((link) => link.claimId === claim.id);
      const count = (stance: string) => links.filter((link) => link.stance === stance).length;
      const published = claim.stage === "published";
      const path = claimPermalinkPath(board.id, claim.number);
      return [
        claim.number,
        claim.statement,
        claim.speaker,
        claim.selector.exact,
        STAGE_LABELS[claim.stage],
        published ? board.verdictScale[claim.verdict].label : "",
        published ? (claim.publishedAt?.slice(0, 10) ?? "") : "",
        claim.assigneeId ? (names.get(claim.assigneeId) ?? "A former member") : "",
        claim.dueOn ?? "",
        links.length,
        count("supports"),
        count("disputes"),
        count("context"),
        origin ? `${origin}${path}` : path,
      ];
    });
  return "\uFEFF" + toCsv([CLAIMS_CSV_HEADER, ...rows]);
}
