import { z } from "zod";
import type { TActivityEntryView } from "@/lib/activity/types";
import { ZRole } from "@/lib/permissions/roles";
import { resolveVerdictScale, ZVerdictScaleOverrides } from "@/lib/verdicts/verdict-scale-overrides";
import type {
  TClaimRelationView,
  TClaimView,
  TCorrectionView,
  TEvidenceLinkView,
  TEvidenceView,
  TPremiseGroupView,
  TUndercutView,
} from "@/lib/board/types";
import type { TBoardEvent } from "./board-reducer";

/** A corrected claim's entry carries its new Correction beside the claim's fields (lib/data/workflow). */
function claimSaved(after: TActivityEntryView["after"]): TBoardEvent {
  const { correction, ...claim } = (after ?? {}) as TClaimView & { correction?: TCorrectionView };
  return correction
    ? { type: "claimSaved", claim: claim as TClaimView, corrections: [correction] }
    : { type: "claimSaved", claim: claim as TClaimView };
}

// What membership and workspace entries carry (lib/data/members, lib/data/workspaces), checked as they arrive.
const ZMemberAfter = z.object({ userId: z.string(), name: z.string(), role: ZRole });
const ZMemberBefore = z.object({ userId: z.string() });
const ZVerdictScaleAfter = z.object({ verdictScale: ZVerdictScaleOverrides.nullable() });

function memberEvent(entry: TActivityEntryView): TBoardEvent | null {
  if (entry.action === "deleted") {
    const before = ZMemberBefore.safeParse(entry.before);
    return before.success ? { type: "memberRemoved", userId: before.data.userId } : null;
  }
  const after = ZMemberAfter.safeParse(entry.after);
  return after.success ? { type: "memberSaved", member: after.data } : null;
}

/** The store event that replays a teammate's change; null when the board view has nothing to update. */
export function activityToBoardEvent(entry: TActivityEntryView): TBoardEvent | null {
  const removed = entry.action === "deleted";
  switch (entry.entityType) {
    case "claim":
      return removed ? { type: "claimDeleted", claimId: entry.entityId } : claimSaved(entry.after);
    case "evidence":
      return removed
        ? { type: "evidenceDeleted", evidenceId: entry.entityId }
        : { type: "evidenceSaved", evidence: entry.after as TEvidenceView };
    case "link":
      return removed ? { type: "linkDeleted", linkId: entry.entityId } : { type: "linkSaved", link: entry.after as TEvidenceLinkView };
    case "relation":
      return removed
        ? { type: "relationDeleted", relationId: entry.entityId }
        : { type: "relationSaved", relation: entry.after as TClaimRelationView };
    case "undercut":
      return removed
        ? { type: "undercutDeleted", undercutId: entry.entityId }
        : { type: "undercutSaved", undercut: entry.after as TUndercutView };
    case "premise_group":
      return removed
        ? { type: "premiseGroupDeleted", groupId: entry.entityId }
        : { type: "premiseGroupSaved", group: entry.after as TPremiseGroupView };
    case "board": {
      // A teammate made the board public or private, renamed it, or archived or restored it.
      const after = (entry.after ?? {}) as { visibility?: unknown; title?: unknown; archived?: unknown; archivedAt?: unknown };
      if (after.visibility === "public" || after.visibility === "private") return { type: "boardVisibilityChanged", visibility: after.visibility };
      if (entry.action !== "updated") return null;
      if (typeof after.title === "string") return { type: "boardSettingsChanged", title: after.title };
      if (after.archived === false) return { type: "boardSettingsChanged", archivedAt: null };
      if (after.archived === true) return { type: "boardSettingsChanged", archivedAt: typeof after.archivedAt === "string" ? after.archivedAt : entry.createdAt };
      return null;
    }
    case "membership":
      return memberEvent(entry);
    case "workspace": {
      const after = ZVerdictScaleAfter.safeParse(entry.after);
      return after.success ? { type: "verdictScaleChanged", scale: resolveVerdictScale(after.data.verdictScale) } : null;
    }
    default:
      // Comments and invitations have no place in the board view's data.
      return null;
  }
}
