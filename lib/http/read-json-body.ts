import "server-only";
import type { z } from "zod";
import { DataError } from "../data/errors";
import { describeZodError } from "../schemas/describe-zod-error";
import { runInSlices } from "../async/run-steps";
import { yieldToEventLoop } from "../async/yield-to-event-loop";
import { parseJsonSteps } from "../json/parse-json-steps";
import { findTextIssue, textIssueSteps, type TTextIssue } from "../schemas/text-rule";
import { formatCount } from "../display/format-count";

export const MAX_BODY_BYTES = 1_000_000;

const tooLarge = (maxBytes: number) =>
  new DataError("too_large", `Request body is too large (over ${formatCount(maxBytes)} bytes).`);

/**
 * The body's bytes, at most maxBytes of them. A declared Content-Length over
 * the cap is refused before anything is read; a body that streams past it
 * (chunked, or lying about its length) is refused as soon as it does, and the
 * stream is cancelled so the rest is never buffered.
 */
export async function readBodyBytes(request: Request, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  const declared = request.headers.get("content-length");
  if (declared !== null && Number(declared) > maxBytes) throw tooLarge(maxBytes);
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch {
      throw new DataError("invalid", "The request body could not be read in full.");
    }
    if (chunk.done) break;
    total += chunk.value.byteLength;
    if (total > maxBytes) {
      reader.cancel().catch(() => undefined);
      throw tooLarge(maxBytes);
    }
    chunks.push(chunk.value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** Strict UTF-8: malformed bytes are a 400, not silently replaced. */
export function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw notUtf8();
  }
}

const notUtf8 = () => new DataError("invalid", "Request body is not valid UTF-8 text.");
const notJson = () => new DataError("invalid", "Request body must be JSON.");
/** Bytes decoded between yields when a large body is decoded in slices. */
const DECODE_SLICE_BYTES = 1 << 20;

/** decodeUtf8, a slice at a time with `pause` between (a multi-byte character may straddle two slices). */
async function decodeUtf8InSlices(bytes: Uint8Array, pause: () => Promise<void>): Promise<string> {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  const parts: string[] = [];
  try {
    for (let from = 0; from < bytes.byteLength; from += DECODE_SLICE_BYTES) {
      const end = Math.min(bytes.byteLength, from + DECODE_SLICE_BYTES);
      parts.push(decoder.decode(bytes.subarray(from, end), { stream: end < bytes.byteLength }));
      await pause();
    }
    parts.push(decoder.decode());
  } catch {
    throw notUtf8();
  }
  return parts.join("");
}

/** Refuses parsed JSON that breaks the text rule (lib/schemas/text-rule.ts), naming the field. */
export function assertTextRule(value: unknown): void {
  throwTextIssue(findTextIssue(value));
}

function throwTextIssue(issue: TTextIssue | null): void {
  if (issue) throw new DataError("invalid", issue.message, { issues: [issue] });
}

function assertJsonContentType(request: Request): void {
  // Browsers can't send a cross-site form as application/json without a CORS preflight,
  // so insisting on it keeps other sites from posting with a member's session cookie.
  const contentType = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
  if (contentType !== "application/json") {
    throw new DataError("invalid", "Send the request body as JSON, with Content-Type: application/json.");
  }
}

function assertJsonObject(body: unknown): void {
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw new DataError("invalid", "Request body must be a JSON object.");
  }
}

function parseWith<T>(schema: z.ZodType<T>, body: unknown): T {
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const { message, issues } = describeZodError(parsed.error);
    throw new DataError("invalid", message, { issues });
  }
  return parsed.data;
}

/** Reads and validates a JSON body; every failure is a DataError with a message a person can act on. */
export async function readJsonBody<T>(request: Request, schema: z.ZodType<T>, maxBytes = MAX_BODY_BYTES): Promise<T> {
  assertJsonContentType(request);
  const raw = decodeUtf8(await readBodyBytes(request, maxBytes));
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    throw notJson();
  }
  assertJsonObject(body);
  assertTextRule(body);
  return parseWith(schema, body);
}

/**
 * readJsonBody for bodies of megabytes (a board import): the same checks and answers, but decoding, parsing and the
 * text rule run in slices that yield to the event loop, so other requests are served meanwhile. `schema` should be
 * shallow (it runs at once); check the rows in slices after.
 */
export async function readLargeJsonBody<T>(
  request: Request,
  schema: z.ZodType<T>,
  maxBytes = MAX_BODY_BYTES,
  { pause = yieldToEventLoop, sliceMs }: { pause?: () => Promise<void>; sliceMs?: number } = {},
): Promise<T> {
  assertJsonContentType(request);
  const raw = await decodeUtf8InSlices(await readBodyBytes(request, maxBytes), pause);
  let body: unknown;
  try {
    body = await runInSlices(parseJsonSteps(raw), pause, sliceMs);
  } catch {
    throw notJson();
  }
  assertJsonObject(body);
  throwTextIssue(await runInSlices(textIssueSteps(body), pause, sliceMs));
  return parseWith(schema, body);
}
