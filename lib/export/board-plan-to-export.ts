// A planned board (a seed or a synthetic one) written as an export file, as if exported from an install:
// for tests and the import benchmark, which need large export files.
import type { TBoardPlan } from "../seed/seed-file";
import { BOARD_EXPORT_FORMAT, type TBoardExportV2 } from "./board-export";
import { contentHash } from "../anchoring/content-hash";

export function boardPlanToExport(plan: TBoardPlan, exportedAt = new Date()): TBoardExportV2 {
  const { title, byline, publisher, publishedOn, url } = plan.article;
  const article = { title, byline, publisher, publishedOn, url };
  return {
    format: BOARD_EXPORT_FORMAT,
    exportedAt: exportedAt.toISOString(),
    board: { id: "planned", title: plan.board.title, description: plan.board.description, visibility: "private" },
    article: { ...article, text: plan.text, contentHash: contentHash(plan.text) },
    claims: plan.claims.map((claim) => ({
      id: claim.key,
      statement: claim.statement,
      selector: claim.selector,
      speaker: claim.speaker,
      kind: claim.kind,
      checkable: claim.checkable,
      checkworthiness: claim.checkworthiness,
      ...(claim.baseScore === undefined ? {} : { baseScore: claim.baseScore }),
      verdict: claim.verdict,
      verdictRationale: claim.rationale,
    })),
    evidence: plan.evidence.map(({ key, ...fields }) => ({ id: key, ...fields })),
    links: plan.links.map((link, i) => ({ id: `link-${i}`, claimId: link.claim, evidenceId: link.evidence, stance: link.stance, strength: link.strength, note: link.note })),
    relations: plan.relations.map((relation, i) => ({ id: `relation-${i}`, fromClaimId: relation.from, toClaimId: relation.to, type: relation.type, note: relation.note })),
    undercuts: (plan.undercuts ?? []).map((undercut, i) => {
      const target = undercut.target;
      const index =
        target.type === "link"
          ? plan.links.findIndex((link) => link.claim === target.claim && link.evidence === target.evidence)
          : plan.relations.findIndex((relation) => relation.from === target.from && relation.to === target.to);
      return { id: `undercut-${i}`, fromClaimId: undercut.from, target: { type: target.type, id: `${target.type}-${index}` }, note: undercut.note };
    }),
    premiseGroups: (plan.premiseGroups ?? []).map((group, i) => ({ id: `premise-group-${i}`, premiseClaimIds: group.premises, toClaimId: group.to, type: group.type, note: group.note })),
  };
}
