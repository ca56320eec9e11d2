"use client";

import { useState, type FormEvent } from "react";
import type { TClaimView } from "@/lib/board/types";
import { STANCE_LABELS, STANCES, type TStance } from "@/lib/schemas/vocabulary";
import { useBoardStore } from "../board/board-store";
import { EvidenceForm, evidenceFormToInput, type TEvidenceFormValues } from "../evidence/evidence-form";
import { FormError } from "../ui/form-error";
import { EvidencePicker } from "./evidence-picker";
import { useAsyncAction } from "../ui/use-async-action";

function StanceSelect({ id, value, onChange }: { id: string; value: TStance; onChange: (stance: TStance) => void }) {
  return (
    <div className="field">
      <label htmlFor={id}>Stance toward this claim</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as TStance)}>
        {STANCES.map((stance) => (
          <option key={stance} value={stance}>
            {STANCE_LABELS[stance]}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Links existing evidence to the claim, or records new evidence and links it in one step. */
export function LinkEvidenceForm({ claim }: { claim: TClaimView }) {
  const { board, api, dispatch } = useBoardStore();
  const [mode, setMode] = useState<"closed" | "existing" | "new">("closed");
  const [evidenceId, setEvidenceId] = useState("");
  const [stance, setStance] = useState<TStance>("supports");
  const { pending, error, setError, run } = useAsyncAction();

  const linkedIds = new Set(board.links.filter((l) => l.claimId === claim.id).map((l) => l.evidenceId));
  const unlinked = board.evidence.filter((item) => !linkedIds.has(item.id));

  const close = () => {
    setMode("closed");
    setError(null);
  };

  const linkExisting = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const link = await api.createLink({ claimId: claim.id, evidenceId, stance });
      dispatch({ type: "linkSaved", link });
      setEvidenceId("");
      close();
    });
  };

  const createAndLink = (values: TEvidenceFormValues) =>
    void run(async () => {
      const { link, ...evidence } = await api.createEvidence({
        ...evidenceFormToInput(values),
        link: { claimId: claim.id, stance },
      });
      dispatch({ type: "evidenceSaved", evidence });
      if (link) dispatch({ type: "linkSaved", link });
      close();
    });

  if (mode === "closed") {
    return (
      <div className="form-actions">
        <button type="button" className="button" onClick={() => setMode("new")}>
          + New evidence
        </button>
        <button type="button" className="button" onClick={() => setMode("existing")} disabled={unlinked.length === 0}>
          Link existing evidence
        </button>
      </div>
    );
  }

  if (mode === "existing") {
    return (
      <form onSubmit={linkExisting} aria-label="Link existing evidence">
        <EvidencePicker items={unlinked} chosenId={evidenceId} onChoose={setEvidenceId} />
        <StanceSelect id={`link-existing-stance-${claim.id}`} value={stance} onChange={setStance} />
        <FormError message={error} />
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={pending || !evidenceId}>
            {pending ? "Linking…" : "Link evidence"}
          </button>
          <button type="button" className="button" onClick={close}>
            Cancel
          </button>
        </div>
      </form>
    );
  }

  return (
    <div className="inset-form">
      <h3>New evidence for this claim</h3>
      <EvidenceForm idPrefix={`new-evidence-${claim.id}`} submitLabel="Add evidence" pending={pending} onSubmit={createAndLink} onCancel={close}>
        <StanceSelect id={`new-evidence-stance-${claim.id}`} value={stance} onChange={setStance} />
        <FormError message={error} />
      </EvidenceForm>
    </div>
  );
}
