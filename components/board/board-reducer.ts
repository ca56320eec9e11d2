import type { TVerdictScale } from "@/lib/verdicts/verdict-scale-overrides";
import type { TRole } from "@/lib/permissions/roles";
import type {
  TBoardView,
  TClaimRelationView,
  TClaimView,
  TCorrectionView,
  TEvidenceLinkView,
  TEvidenceView,
  TNodePosition,
  TPremiseGroupView,
  TUndercutView,
} from "@/lib/board/types";
import type { TBoardVisibility, TGraphDirection } from "@/lib/schemas/vocabulary";

export type TBoardEvent =
  /** `corrections` arrive with a corrected verdict (a workflow response or a teammate's live entry). */
  | { type: "claimSaved"; claim: TClaimView; corrections?: TCorrectionView[] }
  | { type: "claimDeleted"; claimId: string }
  | { type: "evidenceSaved"; evidence: TEvidenceView }
  | { type: "evidenceDeleted"; evidenceId: string }
  | { type: "linkSaved"; link: TEvidenceLinkView }
  | { type: "linkDeleted"; linkId: string }
  | { type: "relationSaved"; relation: TClaimRelationView }
  | { type: "relationDeleted"; relationId: string }
  | { type: "undercutSaved"; undercut: TUndercutView }
  | { type: "undercutDeleted"; undercutId: string }
  | { type: "premiseGroupSaved"; group: TPremiseGroupView }
  | { type: "premiseGroupDeleted"; groupId: string }
  | { type: "positionsSaved"; positions: Record<string, TNodePosition>; replaceAll: boolean }
  | { type: "directionChanged"; direction: TGraphDirection }
  | { type: "boardVisibilityChanged"; visibility: TBoardVisibility }
  /** The board was renamed, archived or restored (archivedAt null). */
  | { type: "boardSettingsChanged"; title?: string; archivedAt?: string | null }
  /** Workspace-level changes: a member joined or got another role, left or was removed; a new verdict scale. */
  | { type: "memberSaved"; member: { userId: string; name: string; role: TRole } }
  | { type: "memberRemoved"; userId: string }
  | { type: "verdictScaleChanged"; scale: TVerdictScale }
  /** Every row of the board, paged in after a page that carried only the first slice of a large board. */
  | { type: "boardLoaded"; rows: Pick<TBoardView, "claims" | "evidence" | "links" | "relations" | "undercuts" | "premiseGroups" | "positions" | "corrections"> };

function upsert<T extends { id: string; version?: number }>(items: T[], item: T, compare?: (a: T, b: T) => number): T[] {
  const index = items.findIndex((existing) => existing.id === item.id);
  if (index === -1) return compare ? [...items, item].sort(compare) : [...items, item];
  // A replayed change can arrive after a newer local save: never go back a version.
  const existing = items[index]!;
  if (item.version !== undefined && existing.version !== undefined && item.version < existing.version) return items;
  const next = items.slice();
  next[index] = item;
  return next;
}

const readingOrder = (a: TClaimView, b: TClaimView) =>
  a.selector.start - b.selector.start || b.selector.end - a.selector.end;

const oldestFirst = (a: TCorrectionView, b: TCorrectionView) =>
  a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);

function withoutPosition(positions: Record<string, TNodePosition>, nodeId: string) {
  if (!(nodeId in positions)) return positions;
  const next = { ...positions };
  delete next[nodeId];
  return next;
}

/** Drops what the server's cascades drop with these claims and edges: undercuts on or from them, groups on or with them. */
function withoutArguments(board: TBoardView, next: Pick<TBoardView, "links" | "relations">, claimId?: string): Pick<TBoardView, "undercuts" | "premiseGroups"> {
  const edges = new Set([...next.links.map((link) => link.id), ...next.relations.map((relation) => relation.id)]);
  const undercuts = board.undercuts.filter((undercut) => undercut.fromClaimId !== claimId && edges.has(undercut.target.id));
  const premiseGroups =
    claimId === undefined
      ? board.premiseGroups
      : board.premiseGroups.filter((group) => group.toClaimId !== claimId && !group.premiseClaimIds.includes(claimId));
  return { undercuts, premiseGroups };
}

/** Applies a saved change to the client's copy of the board, mirroring the server's cascades. */
export function boardReducer(board: TBoardView, event: TBoardEvent): TBoardView {
  switch (event.type) {
    case "claimSaved": {
      const claims = upsert(board.claims, event.claim, readingOrder);
      const corrections = (event.corrections ?? []).reduce(
        (all, correction) => upsert(all, correction, oldestFirst),
        board.corrections,
      );
      return { ...board, claims, corrections };
    }
    case "claimDeleted": {
      const links = board.links.filter((link) => link.claimId !== event.claimId);
      const relations = board.relations.filter((r) => r.fromClaimId !== event.claimId && r.toClaimId !== event.claimId);
      return {
        ...board,
        claims: board.claims.filter((claim) => claim.id !== event.claimId),
        links,
        relations,
        ...withoutArguments(board, { links, relations }, event.claimId),
        positions: withoutPosition(board.positions, event.claimId),
      };
    }
    case "evidenceSaved":
      return { ...board, evidence: upsert(board.evidence, event.evidence) };
    case "evidenceDeleted": {
      const links = board.links.filter((link) => link.evidenceId !== event.evidenceId);
      return {
        ...board,
        evidence: board.evidence.filter((item) => item.id !== event.evidenceId),
        links,
        ...withoutArguments(board, { links, relations: board.relations }),
        positions: withoutPosition(board.positions, event.evidenceId),
      };
    }
    case "linkSaved":
      return { ...board, links: upsert(board.links, event.link) };
    case "linkDeleted": {
      const links = board.links.filter((link) => link.id !== event.linkId);
      return { ...board, links, ...withoutArguments(board, { links, relations: board.relations }) };
    }
    case "relationSaved":
      return { ...board, relations: upsert(board.relations, event.relation) };
    case "relationDeleted": {
      const relations = board.relations.filter((relation) => relation.id !== event.relationId);
      return { ...board, relations, ...withoutArguments(board, { links: board.links, relations }) };
    }
    case "undercutSaved":
      return { ...board, undercuts: upsert(board.undercuts, event.undercut) };
    case "undercutDeleted":
      return { ...board, undercuts: board.undercuts.filter((undercut) => undercut.id !== event.undercutId) };
    case "premiseGroupSaved":
      return { ...board, premiseGroups: upsert(board.premiseGroups, event.group) };
    case "premiseGroupDeleted":
      return { ...board, premiseGroups: board.premiseGroups.filter((group) => group.id !== event.groupId) };
    case "positionsSaved":
      return {
        ...board,
        positions: event.replaceAll ? event.positions : { ...board.positions, ...event.positions },
      };
    case "directionChanged":
      return { ...board, graphDirection: event.direction };
    case "boardVisibilityChanged":
      return { ...board, visibility: event.visibility };
    case "boardSettingsChanged":
      return {
        ...board,
        ...(event.title === undefined ? {} : { title: event.title }),
        ...(event.archivedAt === undefined ? {} : { archivedAt: event.archivedAt }),
      };
    case "memberSaved": {
      const { member } = event;
      const existing = board.members.find((m) => m.userId === member.userId);
      const members = existing
        ? board.members.map((m) => (m.userId === member.userId ? { ...m, ...member } : m))
        : [...board.members, { ...member, email: null }];
      const viewer = board.viewer.userId === member.userId ? { ...board.viewer, name: member.name, role: member.role } : board.viewer;
      return { ...board, members, viewer };
    }
    case "memberRemoved": {
      const members = board.members.filter((m) => m.userId !== event.userId);
      const viewer = board.viewer.userId === event.userId ? { ...board.viewer, role: null } : board.viewer;
      return { ...board, members, viewer };
    }
    case "verdictScaleChanged":
      return { ...board, verdictScale: event.scale };
    case "boardLoaded":
      return { ...board, ...event.rows };
  }
}
