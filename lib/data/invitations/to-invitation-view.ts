import "server-only";
import type { TDbClient } from "../../db/prisma-client";
import type { Invitation } from "../../db/generated/sqlite/client";
import type { TInvitationView } from "../../members/types";
import { ZRole } from "../../permissions/roles";

/** Invitation rows to views, with their creators' names. The token hash never leaves the data layer. */
export async function toInvitationViews(db: TDbClient, rows: Invitation[]): Promise<TInvitationView[]> {
  const creatorIds = [...new Set(rows.map((row) => row.createdById))];
  const creators = await db.user.findMany({ where: { id: { in: creatorIds } }, select: { id: true, name: true } });
  const names = new Map(creators.map((user) => [user.id, user.name]));
  return rows.map((row) => ({
    id: row.id,
    role: ZRole.parse(row.role),
    note: row.note,
    createdBy: { userId: row.createdById, name: names.get(row.createdById) ?? null },
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
  }));
}
