"use client";

import type { TClaimView, TEvidenceLinkView, TEvidenceView } from "@/lib/board/types";
import { SOURCE_TYPE_LABELS, STANCE_LABELS, STANCES, type TStance } from "@/lib/schemas/vocabulary";
import { useBoardStore } from "../board/board-store";
import { useViewerCan } from "./use-viewer-can";
import { FormError } from "../ui/form-error";
import { useAsyncAction } from "../ui/use-async-action";
import { useOfferUndo } from "../ui/undo-toast";
import { StanceMark } from "./stance-mark";

type TLinkedEvidence = { link: TEvidenceLinkView; evidence: TEvidenceView };

/** The claim's evidence grouped by stance, each link's stance changeable and removable. */
export function ClaimEvidenceList({
  claim,
  onOpenEvidence,
}: {
  claim: TClaimView;
  onOpenEvidence?: (evidenceId: string) => void;
}) {
  const { board, api, dispatch } = useBoardStore();
  const can = useViewerCan();
  const { pending, error, run } = useAsyncAction();
  const evidenceById = new Map(board.evidence.map((item) => [item.id, item]));
  const linked: TLinkedEvidence[] = board.links
    .filter((link) => link.claimId === claim.id)
    .flatMap((link) => {
      const evidence = evidenceById.get(link.evidenceId);
      return evidence ? [{ link, evidence }] : [];
    });

  const changeStance = (link: TEvidenceLinkView, stance: TStance) =>
    run(async () => dispatch({ type: "linkSaved", link: await api.updateLink(link.id, { stance }) }));
  const offerUndo = useOfferUndo();
  const removeLink = (link: TEvidenceLinkView) =>
    run(async () => {
      await api.deleteLink(link.id);
      dispatch({ type: "linkDeleted", linkId: link.id });
      const title = evidenceById.get(link.evidenceId)?.title ?? "the evidence";
      offerUndo({
        message: `Unlinked “${title}”.`,
        // Linked again as it was: same evidence, stance, strength and note (a new link, logged as such).
        undo: async () => {
          const { claimId, evidenceId, stance, strength, note } = link;
          dispatch({ type: "linkSaved", link: await api.createLink({ claimId, evidenceId, stance, strength, note }) });
        },
      });
    });

  if (linked.length === 0) {
    return <p className="muted small">No evidence linked yet.</p>;
  }
  return (
    <div>
      <FormError message={error} />
      {STANCES.map((stance) => {
        const group = linked.filter((item) => item.link.stance === stance);
        if (group.length === 0) return null;
        return (
          <div key={stance} className="stance-group" data-testid={`stance-group-${stance}`}>
            <h3>
              <StanceMark stance={stance} /> {STANCE_LABELS[stance]} ({group.length})
            </h3>
            <ul className="plain-list">
              {group.map(({ link, evidence }) => (
                <li key={link.id} className="evidence-item" data-testid="linked-evidence">
                  <div className="title">
                    {onOpenEvidence ? (
                      <button type="button" className="link-button" onClick={() => onOpenEvidence(evidence.id)}>
                        {evidence.title}
                      </button>
                    ) : (
                      evidence.title
                    )}
                  </div>
                  <div className="muted small">
                    {[evidence.publisher, evidence.publishedOn].filter(Boolean).join(" · ")}{" "}
                    <span className="chip">{SOURCE_TYPE_LABELS[evidence.sourceType]}</span>{" "}
                    <span className="chip">Reliability {evidence.reliability}/5</span>{" "}
                    <span className="chip">Strength {link.strength}/5</span>
                  </div>
                  {link.note ? <p className="small">{link.note}</p> : null}
                  {can("link.edit") ? (
                    <div className="form-actions">
                      <label className="small" htmlFor={`stance-${link.id}`}>
                        Stance
                      </label>
                      <select
                        id={`stance-${link.id}`}
                        className="inline"
                        value={link.stance}
                        disabled={pending}
                        onChange={(e) => void changeStance(link, e.target.value as TStance)}
                      >
                        {STANCES.map((value) => (
                          <option key={value} value={value}>
                            {STANCE_LABELS[value]}
                          </option>
                        ))}
                      </select>
                      {can("link.delete") ? (
                        <button
                          type="button"
                          className="button small danger"
                          disabled={pending}
                          onClick={() => void removeLink(link)}
                          aria-label={`Remove link to ${evidence.title}`}
                        >
                          Remove link
                        </button>
                      ) : null}
                    </div>
                  ) : null}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </div>
  );
}
