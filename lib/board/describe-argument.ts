// Words for undercuts and premise groups, as the claim panel and the graph name them.
import type { TBoardView, TPremiseGroupView, TUndercutView } from "./types";

type TArgumentBoard = Pick<TBoardView, "claims" | "evidence" | "links" | "relations">;

/** An edge a claim could undercut, named by its ends: "“Source” supports “Claim”". */
export type TUndercutChoice = { target: TUndercutView["target"]; label: string; claimId: string };

const quoted = (text: string, max = 70) => `“${text.length > max ? `${text.slice(0, max - 1)}…` : text}”`;

const STANCE_WORD = { supports: "supports", disputes: "disputes", context: "gives context to" } as const;

/** The claim an undercut weakens (the edge's target) and the edge in words; null if the edge is not on the board. */
export function describeUndercutTarget(board: TArgumentBoard, target: TUndercutView["target"]): { claimId: string; label: string } | null {
  const claims = new Map(board.claims.map((claim) => [claim.id, claim.statement]));
  if (target.type === "link") {
    const link = board.links.find((l) => l.id === target.id);
    const evidence = link && board.evidence.find((item) => item.id === link.evidenceId);
    const claim = link && claims.get(link.claimId);
    if (!link || !evidence || claim === undefined) return null;
    return { claimId: link.claimId, label: `${quoted(evidence.title)} ${STANCE_WORD[link.stance]} ${quoted(claim)}` };
  }
  const relation = board.relations.find((r) => r.id === target.id);
  const from = relation && claims.get(relation.fromClaimId);
  const to = relation && claims.get(relation.toClaimId);
  if (!relation || from === undefined || to === undefined) return null;
  return { claimId: relation.toClaimId, label: `${quoted(from)} ${relation.type} ${quoted(to)}` };
}

/**
 * The edges a claim may undercut: every link (context links add nothing to strength, so they are left out)
 * and relation it is not an end of, minus those it already undercuts.
 */
export function undercutChoices(board: TArgumentBoard & Pick<TBoardView, "undercuts">, claimId: string): TUndercutChoice[] {
  const taken = new Set(board.undercuts.filter((u) => u.fromClaimId === claimId).map((u) => `${u.target.type}:${u.target.id}`));
  const targets: TUndercutView["target"][] = [
    ...board.links.filter((link) => link.claimId !== claimId && link.stance !== "context").map((link) => ({ type: "link" as const, id: link.id })),
    ...board.relations
      .filter((relation) => relation.fromClaimId !== claimId && relation.toClaimId !== claimId)
      .map((relation) => ({ type: "relation" as const, id: relation.id })),
  ];
  return targets.flatMap((target) => {
    if (taken.has(`${target.type}:${target.id}`)) return [];
    const described = describeUndercutTarget(board, target);
    return described ? [{ target, ...described }] : [];
  });
}

/** "Together with “B” and “C”" / "“A” and “B” together": a group's premises other than `except`, in words. */
export function premiseNames(board: Pick<TBoardView, "claims">, group: TPremiseGroupView, except?: string): string {
  const statements = new Map(board.claims.map((claim) => [claim.id, claim.statement]));
  const names = group.premiseClaimIds.filter((id) => id !== except).map((id) => quoted(statements.get(id) ?? "a claim", 50));
  return names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}
