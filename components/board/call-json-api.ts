import { ApiError } from "./api-error";

/** One call to the app's JSON API. Every failure becomes an ApiError carrying the server's message, shown as it is. */
export async function callJsonApi<T>(method: string, path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers: body === undefined ? undefined : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, "Could not reach the server. Check your connection and try again.", {});
  }
  if (response.status === 204) return undefined as T;
  const json = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (!response.ok) {
    const message = typeof json.error === "string" ? json.error : `The server answered ${response.status}.`;
    throw new ApiError(response.status, message, json);
  }
  return json as T;
}
