import { ArticleView } from "@/components/article/article-view";

export default function BoardArticlePage() {
  return <ArticleView />;
}
