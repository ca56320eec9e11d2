import { z } from "zod";
import { LIMITS, boundedText, requiredText, tooLongError, ZId, ZOptionalHttpUrl, ZOptionalIsoDate, ZOptionalShortText } from "./fields";

/** Article text as stored: Unix line endings, no trailing blank lines; offsets count UTF-16 code units of this. */
export function normaliseArticleText(text: string): string {
  return text.replace(/\r\n?/g, "\n").replace(/\s+$/, "");
}

export const ZBoardCreateInput = z
  .object({
    workspaceId: ZId.optional(),
    title: requiredText("title", LIMITS.title),
    description: boundedText("description", 2000).trim().default(""),
    article: z
      .object({
        title: ZOptionalShortText("article.title"),
        byline: ZOptionalShortText("article.byline"),
        publisher: ZOptionalShortText("article.publisher"),
        publishedOn: ZOptionalIsoDate,
        url: ZOptionalHttpUrl,
        text: z
          .string({ error: "article.text must be text" })
          .max(LIMITS.articleText, tooLongError("article.text", LIMITS.articleText))
          .transform(normaliseArticleText)
          .refine((text) => text.trim().length > 0, "article.text is required: paste the article"),
      })
      .strict(),
  })
  .strict();
export type TBoardCreateInput = z.infer<typeof ZBoardCreateInput>;
