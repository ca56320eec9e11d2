"use client";

import { useCallback } from "react";
import type { TBoardViewer, TClaimView, TMemberView } from "@/lib/board/types";
import type { TCardSummaries } from "@/lib/review/card-summary";
import { WORKFLOW_STAGES, type TWorkflowStage } from "@/lib/workflow/stages";
import { ReviewCard, type TCardMenu, type TCardNotice } from "./review-card";
import { ReviewColumn } from "./review-column";
import { VirtualCards } from "./virtual-cards";

export type TReviewColumnsProps = {
  columns: Record<TWorkflowStage, TClaimView[]>;
  shownStage: TWorkflowStage;
  summaries: TCardSummaries;
  viewer: TBoardViewer;
  memberNames: ReadonlyMap<string, string>;
  assignees: readonly TMemberView[];
  selectable: boolean;
  selected: ReadonlySet<string>;
  menu: { claimId: string; kind: TCardMenu } | null;
  notices: Readonly<Record<string, TCardNotice>>;
  busy: ReadonlySet<string>;
  onOpen: (claimId: string) => void;
  onMove: (claimId: string, to: TWorkflowStage) => void;
  onAssign: (claimId: string, assigneeId: string | null) => void;
  onSelect: (claimId: string, selected: boolean) => void;
  onMenu: (claimId: string, menu: TCardMenu | null) => void;
};

/** The five stage columns, each drawing only the cards in view (VirtualCards); cards are memoised. */
export function ReviewColumns(props: TReviewColumnsProps) {
  const { columns, shownStage, summaries, viewer, memberNames, assignees, selectable, selected, menu, notices, busy } = props;
  const { onOpen, onMove, onAssign, onSelect, onMenu } = props;
  const renderCard = useCallback(
    (claim: TClaimView) => {
      const summary = summaries.of(claim);
      return (
        <ReviewCard
          claim={claim}
          viewer={viewer}
          verdict={summary.verdict?.verdict ?? null}
          verdictStatus={summary.verdict?.status ?? null}
          supports={summary.supports}
          disputes={summary.disputes}
          independentSources={summary.independentSources}
          fewSources={summary.fewSources}
          overdue={summary.overdue}
          assigneeName={claim.assigneeId ? (memberNames.get(claim.assigneeId) ?? "A former member") : null}
          assignees={assignees}
          selectable={selectable}
          selected={selected.has(claim.id)}
          menu={menu?.claimId === claim.id ? menu.kind : null}
          notice={notices[claim.id] ?? null}
          busy={busy.has(claim.id)}
          onOpen={onOpen}
          onMove={onMove}
          onAssign={onAssign}
          onSelect={onSelect}
          onMenu={onMenu}
        />
      );
    },
    [summaries, viewer, memberNames, assignees, selectable, selected, menu, notices, busy, onOpen, onMove, onAssign, onSelect, onMenu],
  );
  return (
    <div className="review-columns">
      {WORKFLOW_STAGES.map((stage) => (
        <ReviewColumn key={stage} stage={stage} count={columns[stage].length} current={stage === shownStage} onDropClaim={onMove}>
          <VirtualCards claims={columns[stage]} renderCard={renderCard} />
        </ReviewColumn>
      ))}
    </div>
  );
}
