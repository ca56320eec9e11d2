"use client";

import { CLAIM_KIND_LABELS, CLAIM_KINDS, type TClaimKind } from "@/lib/schemas/vocabulary";

export type TClaimFieldValues = {
  statement: string;
  speaker: string;
  kind: TClaimKind;
  checkable: boolean;
  checkworthiness: number;
};

/** What a claim says and how it is classed: shared by the new-claim and edit-claim forms. */
export function ClaimFields({
  idPrefix,
  values,
  onChange,
}: {
  idPrefix: string;
  values: TClaimFieldValues;
  onChange: (values: TClaimFieldValues) => void;
}) {
  const set = <K extends keyof TClaimFieldValues>(key: K, value: TClaimFieldValues[K]) => onChange({ ...values, [key]: value });
  const id = (name: string) => `${idPrefix}-${name}`;
  return (
    <>
      <div className="field">
        <label htmlFor={id("statement")}>Statement (neutral and checkable)</label>
        <textarea id={id("statement")} value={values.statement} onChange={(e) => set("statement", e.target.value)} required maxLength={1000} />
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={id("speaker")}>Speaker or attribution</label>
          <input id={id("speaker")} value={values.speaker} onChange={(e) => set("speaker", e.target.value)} maxLength={200} />
        </div>
        <div className="field">
          <label htmlFor={id("kind")}>Kind</label>
          <select id={id("kind")} value={values.kind} onChange={(e) => set("kind", e.target.value as TClaimKind)}>
            {CLAIM_KINDS.map((value) => (
              <option key={value} value={value}>
                {CLAIM_KIND_LABELS[value]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="field-row">
        <label className="checkbox">
          <input type="checkbox" checked={!values.checkable} onChange={(e) => set("checkable", !e.target.checked)} /> Opinion
          or assessment (not checkable)
        </label>
        <div className="field">
          <label htmlFor={id("worthiness")}>Check-worthiness: {Math.round(values.checkworthiness * 100)}%</label>
          <input
            id={id("worthiness")}
            type="range"
            min={0}
            max={1}
            step={0.05}
            value={values.checkworthiness}
            onChange={(e) => set("checkworthiness", Number(e.target.value))}
          />
        </div>
      </div>
    </>
  );
}
