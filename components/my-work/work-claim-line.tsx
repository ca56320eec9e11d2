import Link from "next/link";
import { dueDescription } from "@/lib/notifications/due-dates";
import type { TWorkClaimRef } from "@/lib/notifications/types";
import { STAGE_LABELS } from "@/lib/workflow/stages";
import { formatDay } from "@/lib/display/format-day";

/** Where a claim is and how it stands: board, number, stage and due date, the lateness in words. */
export function WorkClaimMeta({ claim, today }: { claim: TWorkClaimRef; today: string }) {
  return (
    <p className="work-meta small">
      <span className="work-board">{claim.boardTitle}</span>
      <span aria-hidden="true"> · </span>
      <span>Claim #{claim.number}</span>
      <span aria-hidden="true"> · </span>
      <span className="chip">{STAGE_LABELS[claim.stage]}</span>
      {claim.dueOn && claim.stage !== "published" ? (
        <>
          {" "}
          <span className={claim.overdue ? "due-date overdue" : "due-date"} data-testid="due-date">
            {claim.overdue ? <strong>{dueDescription(claim.dueOn, today)}</strong> : dueDescription(claim.dueOn, today)} (due{" "}
            {formatDay(claim.dueOn)})
          </span>
        </>
      ) : null}
    </p>
  );
}

/** The claim's statement, linking to its permalink (the article at the quote, the panel open). */
export function WorkClaimLink({ claim, onOpen }: { claim: TWorkClaimRef; onOpen?: () => void }) {
  return (
    <Link href={claim.permalink} className="work-statement" onClick={onOpen}>
      {claim.statement}
    </Link>
  );
}
