import { z } from "zod";
import { formatCount } from "../display/format-count";

// Limits are generous for real use and stop accidental or hostile megabyte posts.
export const LIMITS = {
  id: 64,
  title: 300,
  statement: 1000,
  shortText: 200,
  longText: 10_000,
  url: 2048,
  articleText: 500_000,
} as const;

/**
 * Every length limit counts UTF-16 code units, as a browser's maxLength and
 * JavaScript's String length do, so a form and the server always agree (an
 * emoji may count as 2). Every "too long" message says so.
 */
export const LENGTH_UNIT = "counted as UTF-16 code units: some emoji count as 2";

export function tooLongMessage(field: string, max: number): string {
  return `${field} is too long (at most ${formatCount(max)} characters, ${LENGTH_UNIT})`;
}

/**
 * The "too long" message as a check's error, written only when a value is too long: formatting the limit
 * as every schema is built would make a number formatter on every page that loads a schema (format-count.ts).
 */
export function tooLongError(field: string, max: number): { error: () => string } {
  return { error: () => tooLongMessage(field, max) };
}

export const ZId = z
  .string({ error: "id must be a string" })
  .min(1, "id is required")
  .max(LIMITS.id, tooLongError("id", LIMITS.id))
  .regex(/^[A-Za-z0-9_-]+$/, "id has characters an id never has");

export const boundedText = (field: string, max: number) =>
  z
    .string({ error: `${field} must be text` })
    .max(max, tooLongError(field, max));

export const requiredText = (field: string, max: number) =>
  z
    .string({ error: `${field} must be text` })
    .trim()
    .min(1, `${field} is required`)
    .max(max, tooLongError(field, max));

/** Only http(s) links: javascript:, data: and relative URLs are refused. */
export const ZHttpUrl = z
  .string({ error: "url must be text" })
  .trim()
  .max(LIMITS.url, tooLongError("url", LIMITS.url))
  .refine((value) => {
    if (!URL.canParse(value)) return false;
    const { protocol, hostname } = new URL(value);
    return (protocol === "http:" || protocol === "https:") && hostname.length > 0;
  }, "url must be a web address starting with http:// or https://");

/** Empty string or null clears an optional URL. */
export const ZOptionalHttpUrl = z
  .union([z.literal("").transform(() => null), z.null(), ZHttpUrl])
  .optional();

/** YYYY-MM-DD that is a real calendar date. */
export const ZIsoDate = z
  .string({ error: "date must be text" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, "date must look like 2008-04-01")
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, "date is not a real calendar date");

export const ZOptionalIsoDate = z
  .union([z.literal("").transform(() => null), z.null(), ZIsoDate])
  .optional();

export const ZOptionalShortText = (field: string) =>
  z
    .union([z.null(), boundedText(field, LIMITS.shortText).trim()])
    .transform((value) => (value ? value : null))
    .optional();

export const ZScore1to5 = (field: string) =>
  z
    .number({ error: `${field} must be a number from 1 to 5` })
    .int(`${field} must be a whole number from 1 to 5`)
    .min(1, `${field} must be from 1 to 5`)
    .max(5, `${field} must be from 1 to 5`);

export const ZUnitInterval = (field: string) =>
  z
    .number({ error: `${field} must be a number from 0 to 1` })
    .min(0, `${field} must be from 0 to 1`)
    .max(1, `${field} must be from 0 to 1`);
