import "server-only";
import { anchorMatchesText } from "../../anchoring/verify-text-anchor";
import type { TClaimView } from "../../board/types";
import type { TDbClient, TPrismaClient } from "../../db/prisma-client";
import type { TClaimCreateInput } from "../../schemas/claim";
import { recordActivity } from "../activity/record-activity";
import type { TActor } from "../actor";
import { authorizeBoard } from "../authorize-board";
import { DataError, notFound } from "../errors";
import { toClaimView } from "../mappers";

export async function createClaim(
  db: TPrismaClient,
  actor: TActor,
  boardId: string,
  input: TClaimCreateInput,
): Promise<TClaimView> {
  await authorizeBoard(db, actor, boardId, "claim.create");
  const article = await db.article.findUnique({ where: { boardId }, select: { text: true } });
  if (!article) throw notFound("Article");
  const { selector } = input;
  if (!anchorMatchesText(article.text, selector)) {
    throw new DataError(
      "unprocessable",
      "The quote does not match the article at that position. Reload the article and select the text again.",
    );
  }
  const sameSpan = await db.claim.findFirst({
    where: { boardId, positionStart: selector.start, positionEnd: selector.end },
    select: { id: true, statement: true },
  });
  if (sameSpan) {
    throw new DataError("conflict", `A claim already anchors this exact quote: "${sameSpan.statement}".`, {
      claimId: sameSpan.id,
    });
  }
  return db.$transaction(async (tx) => {
    const number = await takeNextClaimNumber(tx, boardId);
    const claim = toClaimView(
      await tx.claim.create({
        data: {
          boardId,
          number,
          statement: input.statement,
          quoteExact: selector.exact,
          quotePrefix: selector.prefix,
          quoteSuffix: selector.suffix,
          positionStart: selector.start,
          positionEnd: selector.end,
          speaker: input.speaker,
          kind: input.kind,
          checkable: input.checkable,
          checkworthiness: input.checkworthiness,
          // Every new claim starts unverified: verdicts are set only by the workflow, even "opinion".
          verdict: "unverified",
        },
      }),
    );
    await recordActivity(tx, actor, { boardId, entityType: "claim", entityId: claim.id, claimId: claim.id, action: "created", before: null, after: claim });
    return claim;
  });
}

/**
 * The board's next claim number, from its counter: the update takes the board row's write lock (PostgreSQL) or the
 * database's (SQLite) until the transaction ends, so simultaneous creates get distinct numbers, and a deleted claim's
 * number is never given again. Raw, so the board's updatedAt stays as it was.
 */
async function takeNextClaimNumber(tx: TDbClient, boardId: string): Promise<number> {
  await tx.$executeRaw`UPDATE "Board" SET "claimCounter" = "claimCounter" + 1 WHERE "id" = ${boardId}`;
  const { claimCounter } = await tx.board.findUniqueOrThrow({ where: { id: boardId }, select: { claimCounter: true } });
  return claimCounter;
}
