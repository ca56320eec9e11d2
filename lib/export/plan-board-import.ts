// Checks an exported board (claimgraph.board.v2 or v1) before it is imported and
// turns it into a board plan. Everything is checked first, so an import is
// all or nothing.
import { anchorMatchesText } from "../anchoring/verify-text-anchor";
import { LIMITS, ZHttpUrl, ZIsoDate } from "../schemas/fields";
import type { TBoardPlan } from "../seed/seed-file";
import { z } from "zod";
import { ZBoardExportFile, type TBoardExportFile } from "./board-export";
import { DEFAULT_BASE_SCORE } from "../strength/strength-board";
import { MAX_PREMISES } from "../schemas/premise-group";
import { mapSteps, runInSlices, runToEnd, type TSteps } from "../async/run-steps";

const MAX_ROWS = 20_000;
const MAX_PROBLEMS = 10;

export type TBoardImportPlan = { ok: true; plan: TBoardPlan } | { ok: false; problems: string[] };

function describeIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string[] {
  return issues.slice(0, MAX_PROBLEMS).map((issue) => `${issue.path.map(String).join(".") || "file"}: ${issue.message}`);
}

export function planBoardImport(exported: unknown): TBoardImportPlan {
  const parsed = ZBoardExportFile.safeParse(exported);
  if (!parsed.success) return { ok: false, problems: describeIssues(parsed.error.issues) };
  return runToEnd(planParsedBoard(parsed.data));
}

const ROW_TABLES = ["claims", "evidence", "links", "relations"] as const;
type TRowTable = (typeof ROW_TABLES)[number];
/** The file with its row lists unread, so each row can be parsed in a later slice. */
const ZBoardExportShell = ZBoardExportFile.extend({
  claims: z.array(z.unknown()),
  evidence: z.array(z.unknown()),
  links: z.array(z.unknown()),
  relations: z.array(z.unknown()),
});
const ROW_SCHEMAS: { [T in TRowTable]: z.ZodType<TBoardExportFile[T][number]> } = {
  claims: ZBoardExportFile.shape.claims.element,
  evidence: ZBoardExportFile.shape.evidence.element,
  links: ZBoardExportFile.shape.links.element,
  relations: ZBoardExportFile.shape.relations.element,
};

export type TPlanProgress = { rowsChecked: number; rowsTotal: number };

/**
 * planBoardImport, with the same checks and answers, but parsing the rows in slices and awaiting `pause` between
 * them, so a server checking a file of tens of thousands of rows keeps answering other requests meanwhile.
 */
export async function planBoardImportInSlices(
  exported: unknown,
  {
    pause,
    onProgress,
    sliceSize = 250,
    sliceMs,
  }: { pause: () => Promise<void>; onProgress?: (progress: TPlanProgress) => void; sliceSize?: number; sliceMs?: number },
): Promise<TBoardImportPlan> {
  const shell = ZBoardExportShell.safeParse(exported);
  if (!shell.success) return { ok: false, problems: describeIssues(shell.error.issues) };
  const rowsTotal = ROW_TABLES.reduce((sum, table) => sum + shell.data[table].length, 0);
  let rowsChecked = 0;
  const issues: z.core.$ZodIssue[] = [];
  const rows = { claims: [], evidence: [], links: [], relations: [] } as { [T in TRowTable]: TBoardExportFile[T][number][] };
  for (const table of ROW_TABLES) {
    const raw = shell.data[table];
    for (let from = 0; from < raw.length; from += sliceSize) {
      for (let index = from; index < Math.min(raw.length, from + sliceSize); index += 1) {
        const row = ROW_SCHEMAS[table].safeParse(raw[index]);
        if (row.success) (rows[table] as unknown[]).push(row.data);
        else if (issues.length < MAX_PROBLEMS) issues.push(...row.error.issues.map((issue) => ({ ...issue, path: [table, index, ...issue.path] })));
      }
      rowsChecked += Math.min(sliceSize, raw.length - from);
      onProgress?.({ rowsChecked, rowsTotal });
      await pause();
    }
  }
  if (issues.length > 0) return { ok: false, problems: describeIssues(issues) };
  return runInSlices(planParsedBoard({ ...shell.data, ...rows }), pause, sliceMs);
}

/** The checks zod can't make (limits, anchors, references, duplicates), then the plan; in steps of a row or so. */
function* planParsedBoard(board: TBoardExportFile): TSteps<TBoardImportPlan> {
  const { text } = board.article;
  const problems: string[] = [];
  const check = (ok: boolean, problem: string) => {
    if (!ok && problems.length < MAX_PROBLEMS) problems.push(problem);
  };

  check(text.length > 0 && text.length <= LIMITS.articleText, `article.text must have 1 to ${LIMITS.articleText} characters`);
  check(board.board.title.trim().length > 0 && board.board.title.length <= LIMITS.title, "board.title must have 1 to 300 characters");
  check(board.article.url === null || ZHttpUrl.safeParse(board.article.url).success, "article.url must be an http:// or https:// address");
  check(board.article.publishedOn === null || ZIsoDate.safeParse(board.article.publishedOn).success, "article.publishedOn must be a date like 2008-04-01");
  for (const [name, rows] of [["claims", board.claims], ["evidence", board.evidence], ["links", board.links], ["relations", board.relations]] as const) {
    check(rows.length <= MAX_ROWS, `${name}: at most ${MAX_ROWS} rows`);
  }

  const longest = (values: (string | null)[]) => values.reduce((max, value) => Math.max(max, value?.length ?? 0), 0);
  check(longest(board.claims.map((c) => c.speaker)) <= LIMITS.shortText, `a claim's speaker is over ${LIMITS.shortText} characters`);
  check(
    longest([...board.claims.map((c) => c.verdictRationale), ...board.evidence.flatMap((e) => [e.excerpt, e.provenance]), ...board.links.map((l) => l.note), ...board.relations.map((r) => r.note)]) <= LIMITS.longText,
    `a rationale, excerpt, provenance or note is over ${LIMITS.longText} characters`,
  );
  check(longest(board.evidence.map((e) => e.publisher)) <= LIMITS.shortText, `an evidence publisher is over ${LIMITS.shortText} characters`);

  const claimIds = new Set<string>();
  for (const claim of board.claims) {
    yield;
    check(!claimIds.has(claim.id), `claim ${claim.id} appears twice`);
    claimIds.add(claim.id);
    check(claim.statement.trim().length > 0 && claim.statement.length <= LIMITS.statement, `claim ${claim.id}: statement must have 1 to ${LIMITS.statement} characters`);
    check(anchorMatchesText(text, claim.selector), `claim ${claim.id}: its selector does not match the article text`);
    check(claim.checkworthiness >= 0 && claim.checkworthiness <= 1, `claim ${claim.id}: checkworthiness must be from 0 to 1`);
  }
  const evidenceIds = new Set<string>();
  for (const item of board.evidence) {
    yield;
    check(!evidenceIds.has(item.id), `evidence ${item.id} appears twice`);
    evidenceIds.add(item.id);
    check(item.title.trim().length > 0 && item.title.length <= LIMITS.title, `evidence ${item.id}: title must have 1 to 300 characters`);
    check(item.url === null || ZHttpUrl.safeParse(item.url).success, `evidence ${item.id}: url must be an http:// or https:// address`);
    check(item.publishedOn === null || ZIsoDate.safeParse(item.publishedOn).success, `evidence ${item.id}: publishedOn must be a date like 2008-04-01`);
    check(item.reliability >= 1 && item.reliability <= 5, `evidence ${item.id}: reliability must be from 1 to 5`);
  }
  const pairs = new Set<string>();
  for (const link of board.links) {
    yield;
    check(claimIds.has(link.claimId) && evidenceIds.has(link.evidenceId), `link ${link.id} names a claim or evidence the file does not have`);
    check(!pairs.has(`${link.claimId}|${link.evidenceId}`), `link ${link.id} repeats a claim–evidence pair`);
    pairs.add(`${link.claimId}|${link.evidenceId}`);
    check(link.strength >= 1 && link.strength <= 5, `link ${link.id}: strength must be from 1 to 5`);
  }
  const relationPairs = new Set<string>();
  for (const relation of board.relations) {
    yield;
    check(claimIds.has(relation.fromClaimId) && claimIds.has(relation.toClaimId), `relation ${relation.id} names a claim the file does not have`);
    check(relation.fromClaimId !== relation.toClaimId, `relation ${relation.id} relates a claim to itself`);
    check(!relationPairs.has(`${relation.fromClaimId}|${relation.toClaimId}`), `relation ${relation.id} repeats a pair of claims`);
    relationPairs.add(`${relation.fromClaimId}|${relation.toClaimId}`);
  }
  const arguments_ = yield* planArguments(board, check);
  if (problems.length > 0) return { ok: false, problems };

  const claims = yield* mapSteps(board.claims, (claim) => ({
    key: claim.id,
    // Kept when valid and not repeated (lib/board/claim-numbers.ts); else the import numbers the claim.
    ...(claim.number === undefined ? {} : { number: claim.number }),
    statement: claim.statement,
    quote: claim.selector.exact,
    selector: claim.selector,
    speaker: claim.speaker,
    kind: claim.kind,
    checkable: claim.checkable,
    checkworthiness: claim.checkworthiness,
    baseScore: claim.baseScore ?? DEFAULT_BASE_SCORE,
    verdict: claim.verdict,
    rationale: claim.verdictRationale,
  }));
  const evidence = yield* mapSteps(board.evidence, ({ id, ...fields }) => ({ key: id, ...fields }));
  const links = yield* mapSteps(board.links, (link) => ({
    claim: link.claimId,
    evidence: link.evidenceId,
    stance: link.stance,
    strength: link.strength,
    note: link.note,
  }));
  const relations = yield* mapSteps(board.relations, (relation) => ({
    from: relation.fromClaimId,
    to: relation.toClaimId,
    type: relation.type,
    note: relation.note,
  }));

  return {
    ok: true,
    plan: {
      board: { title: board.board.title, description: board.board.description },
      article: {
        title: board.article.title,
        byline: board.article.byline,
        publisher: board.article.publisher,
        publishedOn: board.article.publishedOn,
        url: board.article.url,
        textFile: "imported.txt",
      },
      text,
      claims,
      evidence,
      links,
      relations,
      ...arguments_,
    },
  };
}

/** Undercuts and premise groups, checked as the API checks them; in the plan, edges are named by their ends. */
function* planArguments(board: TBoardExportFile, check: (ok: boolean, problem: string) => void): TSteps<Pick<TBoardPlan, "undercuts" | "premiseGroups">> {
  const claimIds = new Set(board.claims.map((claim) => claim.id));
  const links = new Map(board.links.map((link) => [link.id, link]));
  const relations = new Map(board.relations.map((relation) => [relation.id, relation]));
  const undercuts: NonNullable<TBoardPlan["undercuts"]> = [];
  const seenUndercuts = new Set<string>();
  for (const undercut of board.undercuts ?? []) {
    yield;
    const link = undercut.target.type === "link" ? links.get(undercut.target.id) : undefined;
    const relation = undercut.target.type === "relation" ? relations.get(undercut.target.id) : undefined;
    const ends = link ? [link.claimId] : relation ? [relation.fromClaimId, relation.toClaimId] : null;
    const key = `${undercut.fromClaimId}|${undercut.target.type}|${undercut.target.id}`;
    check(claimIds.has(undercut.fromClaimId) && ends !== null, `undercut ${undercut.id} names a claim or ${undercut.target.type} the file does not have`);
    check(!ends?.includes(undercut.fromClaimId), `undercut ${undercut.id} undercuts an edge its own claim is an end of`);
    check(!seenUndercuts.has(key), `undercut ${undercut.id} repeats an undercut`);
    check((undercut.note ?? "").length <= LIMITS.longText, `undercut ${undercut.id}: note is over ${LIMITS.longText} characters`);
    seenUndercuts.add(key);
    if (link) undercuts.push({ from: undercut.fromClaimId, target: { type: "link", claim: link.claimId, evidence: link.evidenceId }, note: undercut.note ?? "" });
    else if (relation) undercuts.push({ from: undercut.fromClaimId, target: { type: "relation", from: relation.fromClaimId, to: relation.toClaimId }, note: undercut.note ?? "" });
  }
  const premiseGroups: NonNullable<TBoardPlan["premiseGroups"]> = [];
  const seenGroups = new Set<string>();
  for (const group of board.premiseGroups ?? []) {
    yield;
    const key = `${group.toClaimId}|${[...group.premiseClaimIds].sort().join(" ")}`;
    check(group.premiseClaimIds.length >= 2 && group.premiseClaimIds.length <= MAX_PREMISES, `premise group ${group.id} must have 2 to ${MAX_PREMISES} premises`);
    check(new Set(group.premiseClaimIds).size === group.premiseClaimIds.length, `premise group ${group.id} names a premise twice`);
    check([...group.premiseClaimIds, group.toClaimId].every((id) => claimIds.has(id)), `premise group ${group.id} names a claim the file does not have`);
    check(!group.premiseClaimIds.includes(group.toClaimId), `premise group ${group.id} has its target as a premise`);
    check(!seenGroups.has(key), `premise group ${group.id} repeats a group`);
    check((group.note ?? "").length <= LIMITS.longText, `premise group ${group.id}: note is over ${LIMITS.longText} characters`);
    seenGroups.add(key);
    premiseGroups.push({ premises: [...group.premiseClaimIds], to: group.toClaimId, type: group.type, note: group.note ?? "" });
  }
  return { undercuts, premiseGroups };
}
