import type { TVerdictScaleOverrides, TVerdictScaleSettings } from "@/lib/verdicts/verdict-scale-overrides";
import { callJsonApi } from "../board/call-json-api";

/** Saves a workspace's verdict scale; refusals come back as ApiError with the server's message and details. */
export function saveVerdictScale(
  workspaceId: string,
  body: { revision: string; overrides: TVerdictScaleOverrides | null },
): Promise<TVerdictScaleSettings> {
  return callJsonApi<TVerdictScaleSettings>("PUT", `/api/workspaces/${encodeURIComponent(workspaceId)}/verdict-scale`, body);
}
