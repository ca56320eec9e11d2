"use client";

import { useBoardStore } from "../board/board-store";
import { VerdictBadge } from "./verdict-badge";
import { formatDay, memberName } from "./workflow-display";

/** Every correction to the claim's published verdict, oldest first: shown to every reader, signed in or not. */
export function CorrectionNotes({ claimId }: { claimId: string }) {
  const { board } = useBoardStore();
  const corrections = board.corrections.filter((correction) => correction.claimId === claimId);
  if (corrections.length === 0) return null;
  return (
    <ul className="plain-list correction-notes" aria-label="Corrections" data-testid="correction-notes">
      {corrections.map((correction) => (
        <li key={correction.id} className="correction-note">
          <p>
            <strong>Corrected on {formatDay(correction.createdAt)}:</strong> was <VerdictBadge verdict={correction.fromVerdict} />, now{" "}
            <VerdictBadge verdict={correction.toVerdict} />. Reason: {correction.reason}
          </p>
          <p className="muted small">Correction by {memberName(board.members, correction.correctedById)}</p>
        </li>
      ))}
    </ul>
  );
}
