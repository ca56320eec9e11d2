import { z } from "zod";
import { importBoard } from "@/lib/data/boards/import-board";
import { jsonRoute, readJsonBody } from "@/lib/http/json-route";

// The body is an exported board as it is; planBoardImport checks every part of it.
const ZImportBody = z.record(z.string(), z.unknown());
// Exports of large boards run to a few megabytes.
const MAX_IMPORT_BYTES = 20_000_000;

export const POST = jsonRoute(
  async ({ request, db, actor }) => importBoard(db, actor, await readJsonBody(request, ZImportBody, MAX_IMPORT_BYTES)),
  { successStatus: 201 },
);
