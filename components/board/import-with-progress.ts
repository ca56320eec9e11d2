import { ApiError } from "./api-error";

/** How far the server has got with an import (lib/data/boards/import-board TImportProgress). */
export type TImportProgress = { phase: "checking" | "saving"; done: number; total: number };

type TLine =
  | ({ type: "progress" } & TImportProgress)
  | { type: "done"; status: number; id: string }
  | { type: "error"; status: number; error: string; [detail: string]: unknown };

/**
 * Posts an export file's text to the import endpoint, asking for its progress as newline-delimited JSON, and calls
 * `onProgress` for each report. Resolves with the new board's id; every refusal is an ApiError with the server's
 * message, whether it came as a plain 4xx (before any work) or as the stream's last line.
 */
export async function importBoardWithProgress(
  fileText: string,
  workspaceId: string | undefined,
  onProgress: (progress: TImportProgress) => void,
): Promise<{ id: string }> {
  let response: Response;
  try {
    response = await fetch(workspaceId ? `/api/boards/import?workspaceId=${encodeURIComponent(workspaceId)}` : "/api/boards/import", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/x-ndjson, application/json" },
      body: fileText,
    });
  } catch {
    throw new ApiError(0, "Could not reach the server. Check your connection and try again.", {});
  }
  if (!(response.headers.get("content-type") ?? "").includes("ndjson") || !response.body) {
    const json = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    if (!response.ok) throw new ApiError(response.status, typeof json.error === "string" ? json.error : `The server answered ${response.status}.`, json);
    return json as { id: string };
  }
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffered = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (value) buffered += value;
    const lines = buffered.split("\n");
    buffered = lines.pop() ?? "";
    for (const text of lines) {
      if (!text.trim()) continue;
      const line = JSON.parse(text) as TLine;
      if (line.type === "progress") onProgress(line);
      else if (line.type === "done") return { id: line.id };
      else throw new ApiError(line.status, line.error, line);
    }
    if (done) throw new ApiError(0, "The connection closed before the import finished. Check the boards list before trying again.", {});
  }
}
