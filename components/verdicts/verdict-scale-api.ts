import type { TVerdictScaleOverrides, TVerdictScaleSettings } from "@/lib/verdicts/verdict-scale-overrides";
import { ApiError } from "../board/api-error";

/** Saves a workspace's verdict scale; refusals come back as ApiError with the server's message and details. */
export async function saveVerdictScale(
  workspaceId: string,
  body: { revision: string; overrides: TVerdictScaleOverrides | null },
): Promise<TVerdictScaleSettings> {
  let response: Response;
  try {
    response = await fetch(`/api/workspaces/${encodeURIComponent(workspaceId)}/verdict-scale`, {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, "Could not reach the server. Check your connection and try again.", {});
  }
  const json = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (!response.ok) {
    const message = typeof json.error === "string" ? json.error : `The server answered ${response.status}.`;
    throw new ApiError(response.status, message, json);
  }
  return json as TVerdictScaleSettings;
}
