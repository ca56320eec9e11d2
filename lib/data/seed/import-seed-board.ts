import "server-only";
import { randomBytes } from "node:crypto";
import { contentHash } from "../../anchoring/content-hash";
import type { TDbClient, TPrismaClient } from "../../db/prisma-client";
import { assignClaimNumbers, highestClaimNumber } from "../../board/claim-numbers";
import type { TBoardPlan, TSeedBoardPlan } from "../../seed/seed-file";
import { DEFAULT_BASE_SCORE } from "../../strength/strength-board";
import { premiseMemberKey } from "../../schemas/premise-group";
import { isUniqueViolation } from "../errors";
import { mapSteps, runToEnd } from "../../async/run-steps";

export const DEMO_WORKSPACE = { slug: "demo", name: "Demo newsroom" } as const;

/** Rows per INSERT: well under SQLite's and PostgreSQL's limits on bound parameters. */
const CHUNK_SIZE = 500;

export function chunks<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += CHUNK_SIZE) out.push(rows.slice(i, i + CHUNK_SIZE));
  return out;
}

/**
 * Creates the seeded board unless a board with its seed key exists, so running
 * the seed twice changes nothing. System-level: runs at install, not per user.
 *
 * Rows are inserted with createMany in chunks, so a board of thousands of rows
 * imports in about a second. Ids are made up front: one random prefix per
 * import plus a kind letter and a zero-padded index, so rows that share a
 * createdAt still list in the seed file's order.
 */
export async function importSeedBoard(
  db: TPrismaClient,
  plan: TSeedBoardPlan,
): Promise<{ boardId: string; created: boolean }> {
  const existing = await db.board.findUnique({ where: { seedKey: plan.seedKey }, select: { id: true } });
  if (existing) return { boardId: existing.id, created: false };

  try {
    return { boardId: await insertBoardPlan(db, plan, { seedKey: plan.seedKey }), created: true };
  } catch (error) {
    // Another process seeded the same board between our check and our insert: same outcome.
    if (isUniqueViolation(error)) {
      const raced = await db.board.findUnique({ where: { seedKey: plan.seedKey }, select: { id: true } });
      if (raced) return { boardId: raced.id, created: false };
    }
    throw error;
  }
}

type TInsertTarget = {
  seedKey: string | null;
  workspaceId?: string;
  /** Runs inside the insert's transaction, e.g. to log the import. */
  onInserted?: (tx: TDbClient, boardId: string) => Promise<void>;
};

/** Every row of a planned board, with its ids made: see importSeedBoard for their shape. */
export function boardPlanRows(plan: TBoardPlan, boardId: string) {
  return runToEnd(boardPlanRowSteps(plan, boardId));
}

/** boardPlanRows in steps (lib/async/run-steps.ts), so an import of tens of thousands of rows can yield meanwhile. */
export function* boardPlanRowSteps(plan: TBoardPlan, boardId: string) {
  // 16 random hex digits (64 bits) + kind + index: 24 characters, about a cuid's length,
  // so payload sizes measured on imported boards match boards made in the app.
  const prefix = randomBytes(8).toString("hex");
  const idFor = (kind: "c" | "e" | "l" | "r" | "u" | "g", index: number) => `${prefix}${kind}${String(index).padStart(7, "0")}`;
  const claimIds = new Map<string, string>();
  yield* mapSteps(plan.claims, (claim, i) => claimIds.set(claim.key, idFor("c", i)));
  const evidenceIds = new Map<string, string>();
  yield* mapSteps(plan.evidence, (item, i) => evidenceIds.set(item.key, idFor("e", i)));
  const numbers = assignClaimNumbers(plan.claims);
  yield;
  const claims = yield* mapSteps(plan.claims, (claim) => ({
    id: claimIds.get(claim.key)!,
    boardId,
    number: numbers.get(claim.key)!,
    statement: claim.statement,
    quoteExact: claim.selector.exact,
    quotePrefix: claim.selector.prefix,
    quoteSuffix: claim.selector.suffix,
    positionStart: claim.selector.start,
    positionEnd: claim.selector.end,
    speaker: claim.speaker,
    kind: claim.kind,
    checkable: claim.checkable,
    checkworthiness: claim.checkworthiness,
    baseScore: claim.baseScore ?? DEFAULT_BASE_SCORE,
    verdict: claim.verdict,
    verdictRationale: claim.rationale,
  }));
  const evidence = yield* mapSteps(plan.evidence, ({ key, ...fields }) => ({ id: evidenceIds.get(key)!, boardId, ...fields }));
  const links = yield* mapSteps(plan.links, (link, i) => ({
    id: idFor("l", i),
    boardId,
    claimId: claimIds.get(link.claim)!,
    evidenceId: evidenceIds.get(link.evidence)!,
    stance: link.stance,
    strength: link.strength,
    note: link.note,
  }));
  const relations = yield* mapSteps(plan.relations, (relation, i) => ({
    id: idFor("r", i),
    boardId,
    fromClaimId: claimIds.get(relation.from)!,
    toClaimId: claimIds.get(relation.to)!,
    type: relation.type,
    note: relation.note,
  }));
  yield;
  return { claims, evidence, links, relations, ...argumentRows(plan, boardId, idFor, claimIds) };
}

/** Undercuts and premise groups (with their members): edges are named by their ends in a plan. */
function argumentRows(plan: TBoardPlan, boardId: string, idFor: (kind: "l" | "r" | "u" | "g", index: number) => string, claimIds: Map<string, string>) {
  const linkIds = new Map(plan.links.map((link, i) => [`${link.claim}|${link.evidence}`, idFor("l", i)]));
  const relationIds = new Map(plan.relations.map((relation, i) => [`${relation.from}|${relation.to}`, idFor("r", i)]));
  const groups = (plan.premiseGroups ?? []).map((group, i) => ({
    id: idFor("g", i),
    boardId,
    toClaimId: claimIds.get(group.to)!,
    type: group.type,
    note: group.note,
    memberKey: premiseMemberKey(group.premises.map((key) => claimIds.get(key)!)),
  }));
  return {
    undercuts: (plan.undercuts ?? []).map((undercut, i) => ({
      id: idFor("u", i),
      boardId,
      fromClaimId: claimIds.get(undercut.from)!,
      ...(undercut.target.type === "link"
        ? { linkId: linkIds.get(`${undercut.target.claim}|${undercut.target.evidence}`)! }
        : { relationId: relationIds.get(`${undercut.target.from}|${undercut.target.to}`)! }),
      note: undercut.note,
    })),
    premiseGroups: groups,
    premiseGroupMembers: (plan.premiseGroups ?? []).flatMap((group, i) => group.premises.map((key) => ({ groupId: groups[i]!.id, claimId: claimIds.get(key)! }))),
  };
}

/** The board and its article, as the first row of a planned board. */
export function boardPlanBoardRow(plan: TBoardPlan, workspaceId: string, seedKey: string | null) {
  return {
    workspaceId,
    seedKey,
    title: plan.board.title,
    description: plan.board.description,
    claimCounter: highestClaimNumber(assignClaimNumbers(plan.claims)),
    article: {
      create: {
        title: plan.article.title,
        byline: plan.article.byline,
        publisher: plan.article.publisher,
        publishedOn: plan.article.publishedOn,
        url: plan.article.url,
        text: plan.text,
        contentHash: contentHash(plan.text),
      },
    },
  };
}

/**
 * Inserts a planned board in one transaction and returns its id: into the
 * given workspace, else the demo workspace (made if missing).
 */
export async function insertBoardPlan(db: TPrismaClient, plan: TBoardPlan, target: TInsertTarget): Promise<string> {
  return db.$transaction(async (tx) => {
    const workspaceId =
      target.workspaceId ??
      (await tx.workspace.upsert({ where: { slug: DEMO_WORKSPACE.slug }, create: { ...DEMO_WORKSPACE }, update: {} })).id;
    const board = await tx.board.create({ data: boardPlanBoardRow(plan, workspaceId, target.seedKey), select: { id: true } });
    const rows = boardPlanRows(plan, board.id);
    for (const data of chunks(rows.claims)) await tx.claim.createMany({ data });
    for (const data of chunks(rows.evidence)) await tx.evidence.createMany({ data });
    for (const data of chunks(rows.links)) await tx.evidenceLink.createMany({ data });
    for (const data of chunks(rows.relations)) await tx.claimRelation.createMany({ data });
    for (const data of chunks(rows.undercuts)) await tx.undercut.createMany({ data });
    for (const data of chunks(rows.premiseGroups)) await tx.premiseGroup.createMany({ data });
    for (const data of chunks(rows.premiseGroupMembers)) await tx.premiseGroupMember.createMany({ data });
    await target.onInserted?.(tx, board.id);
    return board.id;
  }, { timeout: 60_000 });
}
