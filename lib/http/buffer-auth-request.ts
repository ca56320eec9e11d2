import "server-only";
import { DataError } from "../data/errors";
import { textProblem } from "../schemas/text-rule";
import { assertTextRule, decodeUtf8, readBodyBytes } from "./read-json-body";

/** Sign-up, sign-in and session bodies are a few hundred bytes. */
export const MAX_AUTH_BODY_BYTES = 64 * 1024;

/**
 * The request with its body read (capped, strict UTF-8) and checked against the
 * text rule, as a new Request for Better Auth, which would otherwise read a
 * body of any size. Bodies that are not JSON are passed on for Better Auth to
 * refuse, once they are known to be text without NUL.
 */
export async function bufferAuthRequest(request: Request, maxBytes = MAX_AUTH_BODY_BYTES): Promise<Request> {
  if (request.method === "GET" || request.method === "HEAD") return request;
  const bytes = await readBodyBytes(request, maxBytes);
  const text = decodeUtf8(bytes);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    const problem = textProblem(text);
    if (problem) throw new DataError("invalid", `The request body ${problem}.`);
  }
  if (parsed !== undefined) assertTextRule(parsed);
  const headers = new Headers(request.headers);
  // The body is now a known length; the original framing no longer applies.
  headers.delete("content-length");
  headers.delete("transfer-encoding");
  return new Request(request.url, { method: request.method, headers, body: bytes.byteLength > 0 ? bytes : null });
}
