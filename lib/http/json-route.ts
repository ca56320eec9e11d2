import "server-only";
import { z } from "zod";
import { getPrisma, type TPrismaClient } from "../db/prisma-client";
import type { TActor } from "../data/actor";
import { DataError } from "../data/errors";
import { databaseBusyResponse, isDatabaseBusy } from "../db/database-busy";
import { ZId } from "../schemas/fields";
import { getRequestActor } from "./request-actor";

const MAX_BODY_BYTES = 1_000_000;

export type TRouteContext<TParams> = {
  request: Request;
  params: TParams;
  db: TPrismaClient;
  actor: TActor;
};

export function errorResponse(status: number, message: string, details?: Record<string, unknown>): Response {
  return Response.json({ error: message, ...details }, { status });
}

function describeZodError(error: z.ZodError): { message: string; issues: { path: string; message: string }[] } {
  const issues = error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }));
  const message = issues.map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message)).join("; ");
  return { message: message || "Invalid request", issues };
}

/** Reads and validates a JSON body; every failure is a DataError with a message a person can act on. */
export async function readJsonBody<T>(request: Request, schema: z.ZodType<T>, maxBytes = MAX_BODY_BYTES): Promise<T> {
  // Browsers can't send a cross-site form as application/json without a CORS preflight,
  // so insisting on it keeps other sites from posting with a member's session cookie.
  const contentType = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
  if (contentType !== "application/json") {
    throw new DataError("invalid", "Send the request body as JSON, with Content-Type: application/json.");
  }
  const tooLarge = () => new DataError("too_large", `Request body is too large (over ${maxBytes} bytes).`);
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes) throw tooLarge();
  const raw = await request.text();
  if (raw.length > maxBytes) throw tooLarge();
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    throw new DataError("invalid", "Request body must be JSON.");
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw new DataError("invalid", "Request body must be a JSON object.");
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const { message, issues } = describeZodError(parsed.error);
    throw new DataError("invalid", message, { issues });
  }
  return parsed.data;
}

/**
 * Wraps a route handler: validates the path ids, supplies the database and the
 * actor, and turns DataErrors into 4xx JSON. Anything else is a bug: logged, 500.
 */
export function jsonRoute<TParams extends Record<string, string>>(
  handler: (context: TRouteContext<TParams>) => Promise<unknown>,
  options: { successStatus?: number } = {},
) {
  return async (request: Request, context: { params?: Promise<TParams> }): Promise<Response> => {
    try {
      const rawParams = ((await context?.params) ?? {}) as TParams;
      for (const value of Object.values(rawParams)) {
        if (!ZId.safeParse(value).success) throw new DataError("not_found", "No such record: the id in the address is malformed.");
      }
      const result = await handler({ request, params: rawParams, db: getPrisma(), actor: await getRequestActor() });
      if (result instanceof Response) return result;
      if (result === undefined) return new Response(null, { status: 204 });
      return Response.json(result, { status: options.successStatus ?? 200 });
    } catch (error) {
      if (error instanceof DataError) return errorResponse(error.status, error.message, error.details);
      if (isDatabaseBusy(error)) return databaseBusyResponse();
      console.error("Unexpected error in", request.method, new URL(request.url).pathname, error);
      return errorResponse(500, "Something went wrong on the server. The change was not saved.");
    }
  };
}
