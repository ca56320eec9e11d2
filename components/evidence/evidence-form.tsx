"use client";

import { useState, type FormEvent, type ReactNode } from "react";
import type { TEvidenceView } from "@/lib/board/types";
import { SOURCE_TYPE_LABELS, SOURCE_TYPES, type TSourceType } from "@/lib/schemas/vocabulary";

export type TEvidenceFormValues = {
  title: string;
  url: string;
  publisher: string;
  publishedOn: string;
  sourceType: TSourceType;
  reliability: number;
  excerpt: string;
  provenance: string;
};

/** Empty optional fields mean "not known", which the API takes as null. */
export function evidenceFormToInput(values: TEvidenceFormValues) {
  return {
    ...values,
    url: values.url.trim() || null,
    publisher: values.publisher.trim() || null,
    publishedOn: values.publishedOn || null,
  };
}

function initialValues(evidence?: TEvidenceView): TEvidenceFormValues {
  return {
    title: evidence?.title ?? "",
    url: evidence?.url ?? "",
    publisher: evidence?.publisher ?? "",
    publishedOn: evidence?.publishedOn ?? "",
    sourceType: evidence?.sourceType ?? "news_report",
    reliability: evidence?.reliability ?? 3,
    excerpt: evidence?.excerpt ?? "",
    provenance: evidence?.provenance ?? "",
  };
}

/** The fields of a piece of evidence. Empty optional fields are sent as empty, which the server stores as unknown. */
export function EvidenceForm({
  evidence,
  idPrefix,
  submitLabel,
  pending,
  onSubmit,
  onCancel,
  children,
}: {
  evidence?: TEvidenceView;
  idPrefix: string;
  submitLabel: string;
  pending: boolean;
  onSubmit: (values: TEvidenceFormValues) => void;
  onCancel?: () => void;
  /** Extra fields (e.g. the stance of a new link) shown before the buttons. */
  children?: ReactNode;
}) {
  const [values, setValues] = useState(() => initialValues(evidence));
  const set = <K extends keyof TEvidenceFormValues>(key: K, value: TEvidenceFormValues[K]) =>
    setValues((current) => ({ ...current, [key]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(values);
  };
  const id = (name: string) => `${idPrefix}-${name}`;
  return (
    <form onSubmit={submit} aria-label={submitLabel}>
      <div className="field">
        <label htmlFor={id("title")}>Title</label>
        <input id={id("title")} value={values.title} onChange={(e) => set("title", e.target.value)} required maxLength={300} />
      </div>
      <div className="field">
        <label htmlFor={id("url")}>URL (optional)</label>
        <input id={id("url")} type="url" inputMode="url" placeholder="https://" value={values.url} onChange={(e) => set("url", e.target.value)} />
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={id("publisher")}>Publisher</label>
          <input id={id("publisher")} value={values.publisher} onChange={(e) => set("publisher", e.target.value)} maxLength={200} />
        </div>
        <div className="field">
          <label htmlFor={id("date")}>Date (optional)</label>
          <input id={id("date")} type="date" value={values.publishedOn} onChange={(e) => set("publishedOn", e.target.value)} />
        </div>
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={id("source-type")}>Source type</label>
          <select id={id("source-type")} value={values.sourceType} onChange={(e) => set("sourceType", e.target.value as TSourceType)}>
            {SOURCE_TYPES.map((type) => (
              <option key={type} value={type}>
                {SOURCE_TYPE_LABELS[type]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={id("reliability")}>Reliability (1–5)</label>
          <select id={id("reliability")} value={values.reliability} onChange={(e) => set("reliability", Number(e.target.value))}>
            {[1, 2, 3, 4, 5].map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="field">
        <label htmlFor={id("excerpt")}>Excerpt</label>
        <textarea id={id("excerpt")} value={values.excerpt} onChange={(e) => set("excerpt", e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={id("provenance")}>Provenance note</label>
        <textarea
          id={id("provenance")}
          placeholder="Where this came from and how it was checked"
          value={values.provenance}
          onChange={(e) => set("provenance", e.target.value)}
        />
      </div>
      {children}
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={pending}>
          {pending ? "Saving…" : submitLabel}
        </button>
        {onCancel ? (
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}
