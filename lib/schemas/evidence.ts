import { z } from "zod";
import {
  LIMITS,
  boundedText,
  requiredText,
  ZOptionalHttpUrl,
  ZOptionalIsoDate,
  ZOptionalShortText,
  ZScore1to5,
} from "./fields";
import { ZId } from "./fields";
import { ZStance } from "./vocabulary";
import { ZSourceType } from "./vocabulary";

const evidenceFields = {
  title: requiredText("title", LIMITS.title),
  url: ZOptionalHttpUrl,
  publisher: ZOptionalShortText("publisher"),
  publishedOn: ZOptionalIsoDate,
  excerpt: boundedText("excerpt", LIMITS.longText).trim(),
  sourceType: ZSourceType,
  reliability: ZScore1to5("reliability"),
  provenance: boundedText("provenance", LIMITS.longText).trim(),
};

export const ZEvidenceCreateInput = z
  .object({
    ...evidenceFields,
    excerpt: evidenceFields.excerpt.default(""),
    provenance: evidenceFields.provenance.default(""),
    reliability: evidenceFields.reliability.default(3),
    /** Link the new evidence to a claim in the same write. */
    link: z
      .object({
        claimId: ZId,
        stance: ZStance,
        strength: ZScore1to5("strength").default(3),
        note: boundedText("note", LIMITS.longText).trim().default(""),
      })
      .strict()
      .optional(),
  })
  .strict();
export type TEvidenceCreateInput = z.infer<typeof ZEvidenceCreateInput>;

export const ZEvidenceUpdateInput = z
  .object({
    version: z.number({ error: "version must be a number" }).int().min(1).optional(),
    title: evidenceFields.title.optional(),
    url: evidenceFields.url,
    publisher: evidenceFields.publisher,
    publishedOn: evidenceFields.publishedOn,
    excerpt: evidenceFields.excerpt.optional(),
    sourceType: evidenceFields.sourceType.optional(),
    reliability: evidenceFields.reliability.optional(),
    provenance: evidenceFields.provenance.optional(),
  })
  .strict()
  .refine((input) => Object.keys(input).some((key) => key !== "version"), {
    message: "nothing to change: send at least one field",
  });
export type TEvidenceUpdateInput = z.infer<typeof ZEvidenceUpdateInput>;
