import { z } from "zod";
import { chooseWorkspaceForNewBoard } from "@/lib/data/boards/choose-workspace-for-new-board";
import { importBoard } from "@/lib/data/boards/import-board";
import { DataError } from "@/lib/data/errors";
import { jsonRoute, readLargeJsonBody } from "@/lib/http/json-route";
import { respondWithProgress } from "@/lib/http/progress-stream";
import { readSearchParam } from "@/lib/http/read-search-param";
import { ZId } from "@/lib/schemas/fields";

// The body is an exported board as it is; planBoardImport checks every part of it.
const ZImportBody = z.record(z.string(), z.unknown());
// Exports of large boards run to a few megabytes.
const MAX_IMPORT_BYTES = 20_000_000;

/** The workspace named in the address (?workspaceId=…), which the export itself does not carry. */
function workspaceIdFrom(request: Request): string | undefined {
  const value = readSearchParam(request, "workspaceId");
  if (value === null) return undefined;
  const parsed = ZId.safeParse(value);
  if (!parsed.success) throw new DataError("invalid", `workspaceId: ${parsed.error.issues[0]?.message ?? "not a workspace id"}`);
  return parsed.data;
}

export const POST = jsonRoute(
  async ({ request, db, actor }) => {
    // The body may be 20 MB: it is read only once the actor may create a board in the workspace.
    const workspaceId = await chooseWorkspaceForNewBoard(db, actor, workspaceIdFrom(request));
    // Read, parsed and checked in slices: a file of megabytes must not hold up everyone else's requests.
    const exported = await readLargeJsonBody(request, ZImportBody, MAX_IMPORT_BYTES);
    return respondWithProgress(request, (onProgress) => importBoard(db, actor, exported, { workspaceId, onProgress }), {
      successStatus: 201,
    });
  },
  { successStatus: 201 },
);
