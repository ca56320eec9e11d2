import "server-only";
import { getPrisma, type TPrismaClient } from "../db/prisma-client";
import type { TActor } from "../data/actor";
import { DataError } from "../data/errors";
import { databaseBusyResponse, isDatabaseBusy } from "../db/database-busy";
import { ZId } from "../schemas/fields";
import { getRequestActor } from "./request-actor";

export { readJsonBody, readLargeJsonBody } from "./read-json-body";

export type TRouteContext<TParams> = {
  request: Request;
  params: TParams;
  db: TPrismaClient;
  actor: TActor;
};

const READS = new Set(["GET", "HEAD", "OPTIONS"]);

export function errorResponse(status: number, message: string, details?: Record<string, unknown>): Response {
  return Response.json({ error: message, ...details }, { status });
}

/**
 * Wraps a route handler: refuses writes from signed-out requests, validates the
 * path ids, supplies the database and the actor, and turns DataErrors into 4xx
 * JSON. Anything else is a bug: logged, 500.
 */
export function jsonRoute<TParams extends Record<string, string>>(
  handler: (context: TRouteContext<TParams>) => Promise<unknown>,
  /** signedOut: "allowed" for the one write a link authorizes by itself (a password-reset link). */
  options: { successStatus?: number; signedOut?: "allowed" } = {},
) {
  return async (request: Request, context: { params?: Promise<TParams> }): Promise<Response> => {
    try {
      const actor = await getRequestActor();
      // Every write needs a signed-in member. Refusing here, before the body is read, keeps
      // anonymous requests from making the server buffer anything, and answers the same
      // whether or not the board or record in the address exists.
      if (actor.userId === null && !READS.has(request.method) && options.signedOut !== "allowed") {
        throw new DataError("unauthenticated", "Sign in to make changes: every change needs a member's account.");
      }
      const rawParams = ((await context?.params) ?? {}) as TParams;
      for (const value of Object.values(rawParams)) {
        if (!ZId.safeParse(value).success) throw new DataError("not_found", "No such record: the id in the address is malformed.");
      }
      const result = await handler({ request, params: rawParams, db: getPrisma(), actor });
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
