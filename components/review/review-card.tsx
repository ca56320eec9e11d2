"use client";

import { memo, useEffect, useRef, type DragEvent, type KeyboardEvent, type MouseEvent } from "react";
import type { TBoardViewer, TClaimView, TMemberView } from "@/lib/board/types";
import type { TCardVerdict } from "@/lib/review/card-summary";
import { checkBoardMove } from "@/lib/review/review-moves";
import type { TVerdict } from "@/lib/schemas/vocabulary";
import { COMMAND_LABELS } from "@/lib/workflow/claim-workflow";
import { STAGE_LABELS, WORKFLOW_STAGES, type TWorkflowStage } from "@/lib/workflow/stages";
import { VerdictBadge } from "../claim/verdict-badge";
import { useClaimStrength } from "../board/board-strengths";
import { StrengthMeter } from "../strength/strength-meter";
import { formatDay } from "@/lib/display/format-day";
import { focusNeighbourCard } from "./card-focus";

export const CLAIM_DRAG_TYPE = "application/x-claimgraph-claim";

export type TCardMenu = "move" | "assign";
export type TCardNotice = { tone: "error" | "done"; text: string };

// An opinion needs no status: its badge ("❝ Opinion") is the one label it wears in every view.
const VERDICT_STATUS_LABELS: Record<TCardVerdict["status"], string | null> = {
  proposed: "Proposed",
  published: "Published",
  recorded: "Recorded, not reviewed",
  opinion: null,
};

export type TReviewCardProps = {
  claim: TClaimView;
  viewer: TBoardViewer;
  // The card's summary comes as plain values, so an unchanged card skips re-rendering.
  verdict: TVerdict | null;
  verdictStatus: TCardVerdict["status"] | null;
  supports: number;
  disputes: number;
  independentSources: number | null;
  fewSources: boolean;
  overdue: boolean;
  assigneeName: string | null;
  /** Members who can be assigned claims; empty when the viewer can't assign. */
  assignees: readonly TMemberView[];
  selectable: boolean;
  selected: boolean;
  menu: TCardMenu | null;
  notice: TCardNotice | null;
  busy: boolean;
  onOpen: (claimId: string) => void;
  onMove: (claimId: string, to: TWorkflowStage) => void;
  onAssign: (claimId: string, assigneeId: string | null) => void;
  onSelect: (claimId: string, selected: boolean) => void;
  onMenu: (claimId: string, menu: TCardMenu | null) => void;
};

function sourcesWarning(count: number): string {
  if (count === 0) return "No independent source backs this verdict";
  return "Only 1 independent source backs this verdict";
}

const INTERACTIVE = "button, input, select, textarea, a, label, [role='group']";

/** One claim on the review board: drag it to another column, or use its Move to… and Assign… menus. */
export const ReviewCard = memo(function ReviewCard(props: TReviewCardProps) {
  const { claim, viewer, menu, notice, busy, onOpen, onMove, onAssign, onSelect, onMenu } = props;
  // Its own claim's strength only, so a recompute re-renders just the cards whose strength changed.
  const strength = useClaimStrength(claim.id);
  const menuRef = useRef<HTMLDivElement>(null);
  const moveButtonRef = useRef<HTMLButtonElement>(null);
  const assignButtonRef = useRef<HTMLButtonElement>(null);
  // Viewers and readers who are not members see the board but get no move controls.
  const canMove = viewer.role !== null && viewer.role !== "viewer";
  const statementId = `review-card-${claim.id}`;
  const noticeId = `review-card-notice-${claim.id}`;

  // An opened menu takes focus, so arrow keys and Tab start inside it.
  useEffect(() => {
    if (menu) menuRef.current?.querySelector<HTMLButtonElement>("button")?.focus();
  }, [menu]);

  const closeMenu = () => {
    const toggle = menu === "assign" ? assignButtonRef.current : moveButtonRef.current;
    onMenu(claim.id, null);
    toggle?.focus();
  };

  const onCardClick = (event: MouseEvent<HTMLElement>) => {
    if ((event.target as HTMLElement).closest(INTERACTIVE)) return;
    onOpen(claim.id);
  };

  const onCardKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === "Escape" && menu) {
      event.preventDefault();
      closeMenu();
      return;
    }
    if (event.target !== event.currentTarget) return;
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      onOpen(claim.id);
    } else if (focusNeighbourCard(event.currentTarget, event.key)) {
      event.preventDefault();
    }
  };

  const onDragStart = (event: DragEvent<HTMLElement>) => {
    event.dataTransfer.setData(CLAIM_DRAG_TYPE, claim.id);
    event.dataTransfer.effectAllowed = "move";
    if (menu) onMenu(claim.id, null);
  };

  return (
    <article
      className={`review-card${props.selected ? " selected" : ""}${busy ? " busy" : ""}`}
      tabIndex={0}
      draggable={canMove && !busy}
      aria-labelledby={statementId}
      aria-describedby={notice ? noticeId : undefined}
      aria-busy={busy || undefined}
      data-review-card={claim.id}
      data-stage={claim.stage}
      onClick={onCardClick}
      onKeyDown={onCardKeyDown}
      onDragStart={onDragStart}
    >
      <div className="review-card-top">
        {props.selectable ? (
          <input
            type="checkbox"
            className="review-card-select"
            checked={props.selected}
            onChange={(event) => onSelect(claim.id, event.target.checked)}
            aria-label={`Select: ${claim.statement}`}
          />
        ) : null}
        <span className="review-card-number" data-testid="claim-number">#{claim.number}</span>
        <p id={statementId} className="review-card-statement" title={claim.statement}>
          {claim.statement}
        </p>
      </div>

      <div className="review-card-verdict">
        {props.verdict && props.verdictStatus ? (
          <>
            {VERDICT_STATUS_LABELS[props.verdictStatus] ? (
              <span className="review-card-label">{VERDICT_STATUS_LABELS[props.verdictStatus]}</span>
            ) : null}
            <VerdictBadge verdict={props.verdict} />
          </>
        ) : (
          <span className="muted small">No verdict yet</span>
        )}
      </div>

      <ul className="review-card-facts">
        <li>
          <span className="review-card-label">Assignee</span> {props.assigneeName ?? <span className="muted">nobody</span>}
        </li>
        <li>
          <span className="stance-supports" aria-hidden="true">
            ▲
          </span>{" "}
          {props.supports} supporting ·{" "}
          <span className="stance-disputes" aria-hidden="true">
            ▼
          </span>{" "}
          {props.disputes} disputing
        </li>
        <li>
          <StrengthMeter strength={strength} />
        </li>
        {claim.dueOn ? (
          <li className={props.overdue ? "review-card-overdue" : undefined}>
            {props.overdue ? (
              <>
                <span aria-hidden="true">◷ </span>
                <strong>Overdue:</strong> was due {formatDay(claim.dueOn)}
              </>
            ) : (
              <>Due {formatDay(claim.dueOn)}</>
            )}
          </li>
        ) : null}
      </ul>

      {props.fewSources && props.independentSources !== null ? (
        <p className="review-card-warning" data-testid="few-sources-warning">
          <span aria-hidden="true">⚠ </span>
          {sourcesWarning(props.independentSources)} (two are expected).
        </p>
      ) : null}

      <div className="review-card-actions">
        {canMove ? (
          <button
            ref={moveButtonRef}
            type="button"
            className="button small"
            aria-expanded={menu === "move"}
            aria-controls={menu === "move" ? `${statementId}-menu` : undefined}
            onClick={() => onMenu(claim.id, menu === "move" ? null : "move")}
            disabled={busy}
          >
            Move to…
          </button>
        ) : null}
        {props.assignees.length > 0 ? (
          <button
            ref={assignButtonRef}
            type="button"
            className="button small"
            aria-expanded={menu === "assign"}
            aria-controls={menu === "assign" ? `${statementId}-menu` : undefined}
            onClick={() => onMenu(claim.id, menu === "assign" ? null : "assign")}
            disabled={busy}
          >
            Assign…
          </button>
        ) : null}
        {busy ? (
          <span className="muted small" role="status">
            Saving…
          </span>
        ) : null}
      </div>

      {menu === "move" ? (
        <div ref={menuRef} id={`${statementId}-menu`} className="review-card-menu" role="group" aria-label="Move to">
          {WORKFLOW_STAGES.filter((stage) => stage !== claim.stage).map((stage) => {
            const check = checkBoardMove(claim, stage, viewer);
            const hint = check.ok ? `${COMMAND_LABELS[check.command]}${check.needsInput ? "…" : ""}` : "not possible";
            return (
              <button
                key={stage}
                type="button"
                className="button small review-card-menu-item"
                aria-disabled={check.ok ? undefined : true}
                onClick={() => onMove(claim.id, stage)}
              >
                {STAGE_LABELS[stage]} <span className="muted">({hint})</span>
              </button>
            );
          })}
        </div>
      ) : null}

      {menu === "assign" ? (
        <div ref={menuRef} id={`${statementId}-menu`} className="review-card-menu" role="group" aria-label="Assign to">
          {props.assignees.map((member) => (
            <button
              key={member.userId}
              type="button"
              className="button small review-card-menu-item"
              aria-pressed={member.userId === claim.assigneeId}
              onClick={() => onAssign(claim.id, member.userId)}
            >
              {member.name} <span className="muted">({member.role})</span>
            </button>
          ))}
          {claim.assigneeId ? (
            <button type="button" className="button small quiet review-card-menu-item" onClick={() => onAssign(claim.id, null)}>
              Unassign
            </button>
          ) : null}
        </div>
      ) : null}

      {notice ? (
        <p id={noticeId} className={notice.tone === "error" ? "form-error review-card-notice" : "muted small review-card-notice"}>
          {notice.text}
        </p>
      ) : null}
    </article>
  );
});
