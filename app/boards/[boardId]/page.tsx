import { ArticleView } from "@/components/article/article-view";
import { ArticleTextProvider } from "@/components/article/article-text-context";
import { loadArticleTextOrNotFound } from "./article-text";

export default async function BoardArticlePage({ params }: { params: Promise<{ boardId: string }> }) {
  const { boardId } = await params;
  return (
    <ArticleTextProvider text={await loadArticleTextOrNotFound(boardId)}>
      <ArticleView />
    </ArticleTextProvider>
  );
}
