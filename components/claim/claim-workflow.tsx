"use client";

import { useRef, useState } from "react";
import type { TBoardView, TClaimView } from "@/lib/board/types";
import { roleCan } from "@/lib/permissions/roles";
import {
  allowedCommands,
  COMMAND_LABELS,
  type TClaimWorkflowState,
  type TWorkflowCommandType,
} from "@/lib/workflow/claim-workflow";
import { claimWorkflowState } from "@/lib/workflow/claim-workflow-state";
import type { TWorkflowCommandInput } from "@/lib/workflow/command-input";
import { useBoardStore } from "../board/board-store";
import { recoverFromConflict } from "../board/recover-from-conflict";
import { FormError } from "../ui/form-error";
import { useAsyncAction } from "../ui/use-async-action";
import { CorrectionNotes } from "./correction-notes";
import { DueDate } from "./due-date";
import { StageBadge } from "./stage-badge";
import { VerdictBadge } from "./verdict-badge";
import { WorkflowCommandForm, type TFormCommand } from "./workflow-command-form";
import { formatDay, memberName } from "./workflow-display";

// Commands that need nothing more than the click; the others open a form.
const IMMEDIATE: ReadonlySet<TWorkflowCommandType> = new Set(["take", "unassign", "approve"]);

function readState(claim: TClaimView): TClaimWorkflowState | null {
  try {
    return claimWorkflowState(claim);
  } catch {
    return null;
  }
}

/** The commands the signed-in viewer may issue now; none for viewers and readers who aren't signed in. */
function viewerCommands(board: TBoardView, state: TClaimWorkflowState | null): TWorkflowCommandType[] {
  const { userId, role } = board.viewer;
  if (!state || !userId || !role) return [];
  return allowedCommands(state, { userId, role });
}

/**
 * Where the claim is in the team workflow and what the viewer may do next:
 * stage, assignee, due date, the pending proposal or the published verdict
 * with who proposed and approved it, and correction notes for everyone.
 */
export function ClaimWorkflow({ claim }: { claim: TClaimView }) {
  const { board, api, dispatch } = useBoardStore();
  const [openCommand, setOpenCommand] = useState<TFormCommand | null>(null);
  const { pending, error, setError, run } = useAsyncAction();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const state = readState(claim);
  const commands = viewerCommands(board, state);
  const name = (userId: string | null) => memberName(board.members, userId);
  const canSchedule = board.viewer.role !== null && board.viewer.userId !== null && roleCan(board.viewer.role, "claim.assign");
  // A teammate's move can take a command away while its form is open.
  const form = openCommand && commands.includes(openCommand) ? openCommand : null;

  const closeForm = () => {
    setOpenCommand(null);
    setError(null);
    headingRef.current?.focus();
  };
  const send = (command: TWorkflowCommandInput) =>
    run(async () => {
      const showClaim = (current: TClaimView) => dispatch({ type: "claimSaved", claim: current });
      const result = await recoverFromConflict(
        () => api.applyWorkflowCommand(claim.id, { ...command, version: claim.version }),
        showClaim,
      );
      dispatch({ type: "claimSaved", ...result });
      if (form) closeForm();
    });

  const assignee = name(claim.assigneeId);
  const headingId = `workflow-${claim.id}`;
  return (
    <section aria-labelledby={headingId} className="claim-workflow" data-testid="claim-workflow" data-stage={claim.stage}>
      <h3 id={headingId} ref={headingRef} tabIndex={-1}>
        Workflow
      </h3>
      <dl className="workflow-facts">
        <dt>Stage</dt>
        <dd>
          <StageBadge stage={claim.stage} />
        </dd>
        <dt>Assigned to</dt>
        <dd data-testid="workflow-assignee">{assignee ?? <span className="muted">No one yet</span>}</dd>
        <dt>Due</dt>
        <dd>
          <DueDate key={`${claim.id}-${claim.dueOn}`} claim={claim} editable={canSchedule} />
        </dd>
      </dl>

      {claim.proposedVerdict && (claim.stage === "ready_for_review" || claim.stage === "returned") ? (
        <div className="workflow-verdict" data-testid="workflow-proposal">
          <p className="small">
            <strong>{claim.stage === "returned" ? "Proposed verdict, returned for rework" : "Proposed verdict, waiting for review"}</strong>{" "}
            <span className="muted">by {name(claim.proposedById)}</span>
          </p>
          <VerdictBadge verdict={claim.proposedVerdict} />
          {claim.proposedRationale ? <p className="workflow-rationale">{claim.proposedRationale}</p> : null}
          {claim.stage === "returned" ? (
            <p className="muted small">The editor&rsquo;s comment is in the discussion below.</p>
          ) : null}
        </div>
      ) : null}

      {claim.stage === "published" ? (
        <div className="workflow-verdict" data-testid="workflow-published">
          <p className="small">
            <strong>Published verdict</strong>
          </p>
          <VerdictBadge verdict={claim.verdict} />
          {claim.verdictRationale ? <p className="workflow-rationale">{claim.verdictRationale}</p> : null}
          <p className="muted small">
            Proposed by {name(claim.proposedById) ?? "unknown"}, approved by {name(claim.approvedById) ?? "unknown"}
            {claim.publishedAt ? ` on ${formatDay(claim.publishedAt)}` : ""}.
          </p>
        </div>
      ) : null}

      <CorrectionNotes claimId={claim.id} />

      {state === null ? (
        <p className="form-error" role="alert">
          This claim&rsquo;s workflow record is inconsistent, so it can&rsquo;t be moved. Ask the workspace owner to check it.
        </p>
      ) : null}

      {form ? (
        <WorkflowCommandForm
          key={form}
          command={form}
          claim={claim}
          board={board}
          pending={pending}
          error={error}
          onSubmit={(command) => void send(command)}
          onInvalid={setError}
          onCancel={closeForm}
        />
      ) : commands.length > 0 ? (
        <>
          <div className="form-actions workflow-actions" aria-busy={pending}>
            {commands.map((type) => (
              <button
                key={type}
                type="button"
                className={type === "approve" || type === "propose" ? "button small primary" : "button small"}
                disabled={pending}
                // The shortcuts t and p press these (components/ui/keyboard-shortcuts.tsx).
                data-shortcut={type}
                aria-keyshortcuts={type === "take" ? "t" : type === "propose" ? "p" : undefined}
                onClick={() => {
                  setError(null);
                  if (IMMEDIATE.has(type)) void send({ type } as TWorkflowCommandInput);
                  else setOpenCommand(type as TFormCommand);
                }}
              >
                {COMMAND_LABELS[type]}
              </button>
            ))}
          </div>
          <FormError message={error} />
        </>
      ) : (
        <FormError message={error} />
      )}
    </section>
  );
}
