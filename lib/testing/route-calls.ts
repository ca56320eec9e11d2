// Calling real route handlers (app/api/**) in tests, without HTTP: a Request
// and the params Next would pass. The route modules get the test database and
// the acting member through vi.mock of getPrisma and request-actor (see the
// tests that use these).
import type { TActor } from "../data/actor";

/** Any route handler, whatever its params (Promise<never> accepts every one). */
export type TRouteHandler = (request: Request, context: { params: Promise<never> }) => Promise<Response>;

export const ORIGIN = "http://127.0.0.1:3111";

/** The state the mocked getPrisma and getRequestActor read. */
export type TMockedRequestState<TDb> = { db: TDb | null; actor: TActor; user: { id: string; name: string; email: string } | null };

export function jsonRequest(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Request {
  const init: RequestInit = { method, headers: { "content-type": "application/json", origin: ORIGIN, ...headers } };
  if (body !== undefined) init.body = typeof body === "string" || body instanceof Uint8Array ? (body as BodyInit) : JSON.stringify(body);
  return new Request(`${ORIGIN}${path}`, init);
}

export async function callRoute(
  handler: TRouteHandler,
  request: Request,
  params: Record<string, string> = {},
): Promise<{ status: number; body: Record<string, unknown> | null }> {
  const response = await handler(request, { params: Promise.resolve(params) as Promise<never> });
  const text = await response.text();
  let body: Record<string, unknown> | null = null;
  try {
    body = text ? (JSON.parse(text) as Record<string, unknown>) : null;
  } catch {
    body = { text };
  }
  return { status: response.status, body };
}
