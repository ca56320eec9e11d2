import "server-only";
import type { TDbClient } from "../../db/prisma-client";
import { recordActivity } from "../activity/record-activity";
import type { TActor } from "../actor";
import { toPremiseGroupView, toUndercutView } from "../mappers";
import { PREMISE_GROUP_INCLUDE } from "../premise-groups/find-board-premise-group";

export type TRemovedRows = { claimIds?: string[]; evidenceIds?: string[]; linkIds?: string[]; relationIds?: string[] };

/**
 * Deletes, and logs as deleted, the undercuts and premise groups that lose a
 * part when these rows go: undercuts from a removed claim or on a removed
 * edge (including the links and relations a removed claim or evidence takes
 * with it), and groups on or with a removed claim. A group missing a premise
 * is a different argument, so it goes whole. Call it inside the transaction,
 * before the rows are deleted.
 */
export async function deleteDependentArguments(tx: TDbClient, actor: TActor, boardId: string, removed: TRemovedRows): Promise<void> {
  const claimIds = removed.claimIds ?? [];
  const evidenceIds = removed.evidenceIds ?? [];
  const edgeClaim = new Map<string, string>();
  const links = await tx.evidenceLink.findMany({
    where: { boardId, OR: [{ id: { in: removed.linkIds ?? [] } }, { claimId: { in: claimIds } }, { evidenceId: { in: evidenceIds } }] },
    select: { id: true, claimId: true },
  });
  for (const link of links) edgeClaim.set(link.id, link.claimId);
  const relations = await tx.claimRelation.findMany({
    where: { boardId, OR: [{ id: { in: removed.relationIds ?? [] } }, { fromClaimId: { in: claimIds } }, { toClaimId: { in: claimIds } }] },
    select: { id: true, toClaimId: true },
  });
  for (const relation of relations) edgeClaim.set(relation.id, relation.toClaimId);

  const undercuts = await tx.undercut.findMany({
    where: {
      boardId,
      OR: [{ fromClaimId: { in: claimIds } }, { linkId: { in: links.map((l) => l.id) } }, { relationId: { in: relations.map((r) => r.id) } }],
    },
    orderBy: { id: "asc" },
  });
  for (const undercut of undercuts) {
    const target = undercut.linkId ?? undercut.relationId!;
    // The target edge may outlive this change (an undercut from a removed claim); its claim is still the one weakened.
    const claimId =
      edgeClaim.get(target) ??
      (undercut.linkId
        ? (await tx.evidenceLink.findUnique({ where: { id: undercut.linkId }, select: { claimId: true } }))?.claimId
        : (await tx.claimRelation.findUnique({ where: { id: target }, select: { toClaimId: true } }))?.toClaimId) ??
      null;
    await tx.undercut.delete({ where: { id: undercut.id } });
    await recordActivity(tx, actor, { boardId, entityType: "undercut", entityId: undercut.id, claimId, action: "deleted", before: toUndercutView(undercut), after: null });
  }

  if (claimIds.length === 0) return;
  const groups = await tx.premiseGroup.findMany({
    where: { boardId, OR: [{ toClaimId: { in: claimIds } }, { members: { some: { claimId: { in: claimIds } } } }] },
    include: PREMISE_GROUP_INCLUDE,
    orderBy: { id: "asc" },
  });
  for (const group of groups) {
    await tx.premiseGroup.delete({ where: { id: group.id } });
    await recordActivity(tx, actor, { boardId, entityType: "premise_group", entityId: group.id, claimId: group.toClaimId, action: "deleted", before: toPremiseGroupView(group), after: null });
  }
}
