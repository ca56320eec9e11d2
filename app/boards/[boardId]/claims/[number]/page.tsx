import { notFound } from "next/navigation";
import { ArticleView } from "@/components/article/article-view";
import { ArticleTextProvider } from "@/components/article/article-text-context";
import { ZClaimNumberParam } from "@/lib/board/claim-permalink";
import { findClaimIdByNumber } from "@/lib/data/claims/find-claim-id-by-number";
import { DataError } from "@/lib/data/errors";
import { getPrisma } from "@/lib/db/prisma-client";
import { getRequestActor } from "@/lib/http/request-actor";
import { loadArticleTextOrNotFound } from "../../article-text";

/** A claim's permalink: the article, scrolled to the claim's quote, with its panel open. The layout has checked the board. */
export default async function ClaimPermalinkPage({ params }: { params: Promise<{ boardId: string; number: string }> }) {
  const { boardId, number } = await params;
  const parsed = ZClaimNumberParam.safeParse(number);
  if (!parsed.success) notFound();
  let claimId: string;
  try {
    claimId = await findClaimIdByNumber(getPrisma(), await getRequestActor(), boardId, parsed.data);
  } catch (error) {
    if (error instanceof DataError && error.code === "not_found") notFound();
    throw error;
  }
  return (
    <ArticleTextProvider text={await loadArticleTextOrNotFound(boardId)}>
      <ArticleView initialClaimId={claimId} />
    </ArticleTextProvider>
  );
}
