import "server-only";
import type { TDbClient } from "../../db/prisma-client";

/**
 * Takes the workspace row's write lock for the rest of the transaction, so changes in one workspace that must
 * see each other run one after another: two owners demoting each other at once can't both see "another owner
 * remains", and two imports revealed at once can't both take the same free title.
 * (A no-op update: PostgreSQL locks the row; SQLite has one writer anyway.)
 */
export async function lockWorkspace(tx: TDbClient, workspaceId: string): Promise<void> {
  await tx.$executeRaw`UPDATE "Workspace" SET "slug" = "slug" WHERE "id" = ${workspaceId}`;
}
