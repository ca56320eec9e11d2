import type { TBoardView } from "../board/types";
import { shownVerdict } from "../workflow/published-verdict";
import type { TBoardGraph, TBoardGraphFilter, TGraphEdge, TGraphNode } from "./types";

/**
 * The claim–evidence graph of a board: evidence points at the claims it bears
 * on, and claims at the claims they support or attack. A filter hides claims
 * and whatever is left hanging without them, except evidence that was never
 * linked, which stays so it can still be found and linked.
 */
export function buildBoardGraph(
  board: Pick<TBoardView, "claims" | "evidence" | "links" | "relations">,
  filter: TBoardGraphFilter = {},
): TBoardGraph {
  const verdicts = filter.verdicts?.length ? new Set(filter.verdicts) : null;
  const kinds = filter.kinds?.length ? new Set(filter.kinds) : null;

  const allClaimIds = new Set(board.claims.map((claim) => claim.id));
  const visibleClaims = board.claims.filter(
    (claim) => (!verdicts || verdicts.has(shownVerdict(claim))) && (!kinds || kinds.has(claim.kind)),
  );
  const visibleClaimIds = new Set(visibleClaims.map((claim) => claim.id));
  const evidenceIds = new Set(board.evidence.map((item) => item.id));

  const edges: TGraphEdge[] = [];
  const linkedEvidenceIds = new Set<string>();
  const evidenceWithVisibleLinks = new Set<string>();
  for (const link of board.links) {
    // Links to claims or evidence missing from the board are dangling and ignored.
    if (!allClaimIds.has(link.claimId) || !evidenceIds.has(link.evidenceId)) continue;
    linkedEvidenceIds.add(link.evidenceId);
    if (!visibleClaimIds.has(link.claimId)) continue;
    evidenceWithVisibleLinks.add(link.evidenceId);
    edges.push({
      id: `link:${link.id}`,
      source: link.evidenceId,
      target: link.claimId,
      kind: "evidence",
      stance: link.stance,
      linkId: link.id,
    });
  }
  for (const relation of board.relations) {
    if (!visibleClaimIds.has(relation.fromClaimId) || !visibleClaimIds.has(relation.toClaimId)) continue;
    edges.push({
      id: `relation:${relation.id}`,
      source: relation.fromClaimId,
      target: relation.toClaimId,
      kind: "relation",
      relationType: relation.type,
      relationId: relation.id,
    });
  }

  const nodes: TGraphNode[] = [
    ...visibleClaims.map((claim): TGraphNode => ({ id: claim.id, type: "claim", claimId: claim.id })),
    ...board.evidence
      .filter((item) => evidenceWithVisibleLinks.has(item.id) || !linkedEvidenceIds.has(item.id))
      .map((item): TGraphNode => ({ id: item.id, type: "evidence", evidenceId: item.id })),
  ];
  return { nodes, edges };
}
