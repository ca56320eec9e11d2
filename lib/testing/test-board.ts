// Small boards, claims, evidence and links for unit tests.
import type { TBoardView, TClaimView, TEvidenceLinkView, TEvidenceView } from "@/lib/board/types";
import type { TClaimKind, TVerdict } from "@/lib/schemas/vocabulary";

export function testClaim(id: string, verdict: TVerdict = "unverified", kind: TClaimKind = "other", checkable = true): TClaimView {
  return {
    id,
    // The id's digits, so "c2" is #2 as a list of test claims would number it.
    number: Number(id.replace(/\D/g, "")) || 1,
    statement: `Statement ${id}`,
    selector: { exact: id, prefix: "", suffix: "", start: 0, end: id.length },
    speaker: "",
    kind,
    checkable,
    checkworthiness: 0.5,
    baseScore: 0.5,
    verdict,
    verdictRationale: "",
    // A claim with a verdict is a published one, as the workflow would leave it.
    ...(verdict === "unverified"
      ? { stage: "unassigned" as const, assigneeId: null, proposedById: null, approvedById: null, publishedAt: null }
      : { stage: "published" as const, assigneeId: "u-checker", proposedById: "u-checker", approvedById: "u-editor", publishedAt: "2024-01-02T00:00:00.000Z" }),
    proposedVerdict: null,
    proposedRationale: null,
    dueOn: null,
    version: 1,
    updatedAt: "2024-01-01T00:00:00.000Z",
  };
}

export function testEvidence(id: string, publisher: string | null = null): TEvidenceView {
  return {
    id,
    title: `Title ${id}`,
    url: null,
    publisher,
    publishedOn: null,
    excerpt: "",
    sourceType: "news_report",
    reliability: 3,
    provenance: "",
    version: 1,
  };
}

export function testLink(id: string, evidenceId: string, claimId: string, stance: TEvidenceLinkView["stance"]): TEvidenceLinkView {
  return { id, evidenceId, claimId, stance, strength: 3, note: "" };
}

/** c1 verified quantity, c2 false quantity, c3 opinion (not checkable); e1 → c1, c2; e2 → c2; e3 unlinked; c1 supports c3, c2 attacks c1. */
export function testBoard(): Pick<TBoardView, "claims" | "evidence" | "links" | "relations" | "undercuts" | "premiseGroups" | "positions"> {
  return {
    claims: [testClaim("c1", "verified", "quantity"), testClaim("c2", "false", "quantity"), testClaim("c3", "opinion", "prediction", false)],
    evidence: [testEvidence("e1", "Office for National Statistics"), testEvidence("e2"), testEvidence("e3")],
    links: [testLink("l1", "e1", "c1", "supports"), testLink("l2", "e1", "c2", "disputes"), testLink("l3", "e2", "c2", "context")],
    relations: [
      { id: "r1", fromClaimId: "c1", toClaimId: "c3", type: "supports", note: "" },
      { id: "r2", fromClaimId: "c2", toClaimId: "c1", type: "attacks", note: "" },
    ],
    undercuts: [],
    premiseGroups: [],
    positions: {},
  };
}
