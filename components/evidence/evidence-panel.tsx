"use client";

import { useState } from "react";
import { isSafeHttpUrl } from "@/lib/schemas/safe-url";
import { SOURCE_TYPE_LABELS, STANCE_LABELS } from "@/lib/schemas/vocabulary";
import { useBoardStore } from "../board/board-store";
import { recoverFromConflict } from "../board/recover-from-conflict";
import { StanceMark } from "../claim/stance-mark";
import { useViewerCan } from "../claim/use-viewer-can";
import { VerdictBadge } from "../claim/verdict-badge";
import { FormError } from "../ui/form-error";
import { useAsyncAction } from "../ui/use-async-action";
import { EvidenceForm, evidenceFormToInput, type TEvidenceFormValues } from "./evidence-form";
import type { TEvidenceView } from "@/lib/board/types";

/** One piece of evidence: its excerpt, source, link and the claims it bears on. */
export function EvidencePanel({
  evidenceId,
  onClose,
  onOpenClaim,
}: {
  evidenceId: string;
  onClose: () => void;
  onOpenClaim?: (claimId: string) => void;
}) {
  const { board, api, dispatch } = useBoardStore();
  const [editing, setEditing] = useState(false);
  const { pending, error, run } = useAsyncAction();
  const viewerCan = useViewerCan();
  const canEdit = viewerCan("evidence.edit");
  const canDelete = viewerCan("evidence.delete");
  const evidence = board.evidence.find((item) => item.id === evidenceId);
  if (!evidence) {
    return (
      <aside className="side-panel" aria-label="Evidence">
        <p>This evidence no longer exists.</p>
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      </aside>
    );
  }
  const claimsById = new Map(board.claims.map((claim) => [claim.id, claim]));
  const links = board.links.filter((link) => link.evidenceId === evidence.id);

  const save = (values: TEvidenceFormValues) =>
    void run(async () => {
      const showEvidence = (saved: TEvidenceView) => dispatch({ type: "evidenceSaved", evidence: saved });
      const save = () => api.updateEvidence(evidence.id, { version: evidence.version, ...evidenceFormToInput(values) });
      showEvidence(await recoverFromConflict(save, showEvidence));
      setEditing(false);
    });
  const remove = () => {
    if (!window.confirm(`Delete "${evidence.title}" and its ${links.length} link(s)?`)) return;
    void run(async () => {
      await api.deleteEvidence(evidence.id);
      dispatch({ type: "evidenceDeleted", evidenceId: evidence.id });
      onClose();
    });
  };

  return (
    <aside className="side-panel" aria-labelledby={`evidence-title-${evidence.id}`} data-testid="evidence-panel">
      <header>
        <div>
          <p className="muted small">
            Evidence · <span className="chip">{SOURCE_TYPE_LABELS[evidence.sourceType]}</span>{" "}
            <span className="chip">Reliability {evidence.reliability}/5</span>
          </p>
          <h2 id={`evidence-title-${evidence.id}`}>{evidence.title}</h2>
          <p className="muted small">
            {evidence.publisher ?? "Publisher not recorded"} · {evidence.publishedOn ?? "date not recorded"}
          </p>
        </div>
        <button type="button" className="button quiet" onClick={onClose} aria-label="Close evidence panel">
          ✕
        </button>
      </header>
      {editing && canEdit ? (
        <section aria-label="Edit evidence">
          <EvidenceForm
            evidence={evidence}
            idPrefix={`edit-evidence-${evidence.id}`}
            submitLabel="Save evidence"
            pending={pending}
            onSubmit={save}
            onCancel={() => setEditing(false)}
          >
            <FormError message={error} />
          </EvidenceForm>
        </section>
      ) : (
        <>
          <section aria-label="Excerpt">
            <h3>Excerpt</h3>
            {evidence.excerpt ? (
              <blockquote className="quote-in-context">{evidence.excerpt}</blockquote>
            ) : (
              <p className="muted small">No excerpt recorded.</p>
            )}
            {evidence.url && isSafeHttpUrl(evidence.url) ? (
              <p className="small">
                <a href={evidence.url} target="_blank" rel="noopener noreferrer nofollow">
                  Open source ↗
                </a>{" "}
                <span className="muted">{new URL(evidence.url).hostname}</span>
              </p>
            ) : (
              <p className="muted small">No link recorded.</p>
            )}
            {evidence.provenance ? (
              <p className="small">
                <strong>Provenance:</strong> {evidence.provenance}
              </p>
            ) : null}
          </section>
          <section aria-label="Claims">
            <h3>Bears on {links.length === 1 ? "1 claim" : `${links.length} claims`}</h3>
            <ul className="plain-list">
              {links.map((link) => {
                const claim = claimsById.get(link.claimId);
                if (!claim) return null;
                return (
                  <li key={link.id} className="evidence-item">
                    <StanceMark stance={link.stance} /> <strong>{STANCE_LABELS[link.stance]}</strong>{" "}
                    <VerdictBadge verdict={claim.verdict} />
                    <div>
                      {onOpenClaim ? (
                        <button type="button" className="link-button" onClick={() => onOpenClaim(claim.id)}>
                          {claim.statement}
                        </button>
                      ) : (
                        claim.statement
                      )}
                    </div>
                  </li>
                );
              })}
            </ul>
          </section>
          {canEdit || canDelete ? (
            <section aria-label="Actions">
              <FormError message={error} />
              <div className="form-actions">
                {canEdit ? (
                  <button type="button" className="button" onClick={() => setEditing(true)}>
                    Edit evidence
                  </button>
                ) : null}
                {canDelete ? (
                  <button type="button" className="button small danger" onClick={remove} disabled={pending}>
                    Delete evidence
                  </button>
                ) : null}
              </div>
            </section>
          ) : null}
        </>
      )}
    </aside>
  );
}
