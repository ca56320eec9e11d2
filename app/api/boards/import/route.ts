import { z } from "zod";
import { importBoard } from "@/lib/data/boards/import-board";
import { DataError } from "@/lib/data/errors";
import { jsonRoute, readJsonBody } from "@/lib/http/json-route";
import { respondWithProgress } from "@/lib/http/progress-stream";
import { ZId } from "@/lib/schemas/fields";

// The body is an exported board as it is; planBoardImport checks every part of it.
const ZImportBody = z.record(z.string(), z.unknown());
// Exports of large boards run to a few megabytes.
const MAX_IMPORT_BYTES = 20_000_000;

/** The workspace named in the address (?workspaceId=…), which the export itself does not carry. */
function workspaceIdFrom(request: Request): string | undefined {
  const value = new URL(request.url).searchParams.get("workspaceId");
  if (value === null) return undefined;
  const parsed = ZId.safeParse(value);
  if (!parsed.success) throw new DataError("invalid", `workspaceId: ${parsed.error.issues[0]?.message ?? "not a workspace id"}`);
  return parsed.data;
}

export const POST = jsonRoute(
  async ({ request, db, actor }) => {
    const workspaceId = workspaceIdFrom(request);
    const exported = await readJsonBody(request, ZImportBody, MAX_IMPORT_BYTES);
    return respondWithProgress(request, (onProgress) => importBoard(db, actor, exported, { workspaceId, onProgress }), {
      successStatus: 201,
    });
  },
  { successStatus: 201 },
);
