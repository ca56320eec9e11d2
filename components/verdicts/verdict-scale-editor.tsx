"use client";

import { useMemo, useState, type FormEvent } from "react";
import { VERDICTS, type TVerdict } from "@/lib/schemas/vocabulary";
import { VERDICT_SCALE, type TVerdictStyle } from "@/lib/verdicts/verdict-scale";
import {
  overridesForScale,
  VERDICT_DESCRIPTION_MAX,
  VERDICT_LABEL_MAX,
  type TVerdictScale,
  type TVerdictScaleSettings,
} from "@/lib/verdicts/verdict-scale-overrides";
import { ApiError } from "../board/api-error";
import { FormError } from "../ui/form-error";
import { useAsyncAction } from "../ui/use-async-action";
import { saveVerdictScale } from "./verdict-scale-api";
import { VerdictPreview } from "./verdict-preview";

type TField = "label" | "color" | "tint" | "description" | "ratingValue";
type TFieldErrors = Partial<Record<TVerdict, Partial<Record<TField, string>>>>;

/** Server issues ("overrides.false.color") by verdict and field, so each shows beside its input. */
function fieldErrorsFrom(error: unknown): TFieldErrors {
  if (!(error instanceof ApiError) || !Array.isArray(error.body.issues)) return {};
  const errors: TFieldErrors = {};
  for (const issue of error.body.issues as { path: string; message: string }[]) {
    const [, verdict, field] = issue.path.split(".");
    if (!VERDICTS.includes(verdict as TVerdict) || !field) continue;
    const forVerdict = (errors[verdict as TVerdict] ??= {});
    forVerdict[field as TField] ??= issue.message;
  }
  return errors;
}

const sameStyle = (a: TVerdictStyle, b: TVerdictStyle) =>
  a.label === b.label &&
  a.color.toLowerCase() === b.color.toLowerCase() &&
  a.tint.toLowerCase() === b.tint.toLowerCase() &&
  a.description === b.description &&
  a.ratingValue === b.ratingValue;

/** The owner's editor: a row per verdict, saved together against the revision it started from. */
export function VerdictScaleEditor({ workspaceId, initial }: { workspaceId: string; initial: TVerdictScaleSettings }) {
  const [saved, setSaved] = useState(initial);
  const [draft, setDraft] = useState<TVerdictScale>(initial.scale);
  const [fieldErrors, setFieldErrors] = useState<TFieldErrors>({});
  const [conflict, setConflict] = useState<TVerdictScaleSettings | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const { pending, error, run } = useAsyncAction();

  const changedVerdicts = useMemo(() => VERDICTS.filter((verdict) => !sameStyle(draft[verdict], saved.scale[verdict])), [draft, saved]);

  const update = (verdict: TVerdict, changes: Partial<TVerdictStyle>) => {
    setStatus(null);
    setDraft((current) => ({ ...current, [verdict]: { ...current[verdict], ...changes } }));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setStatus(null);
    void run(async () => {
      const overrides = overridesForScale(draft);
      try {
        const next = await saveVerdictScale(workspaceId, {
          revision: saved.revision,
          overrides: Object.keys(overrides).length > 0 ? overrides : null,
        });
        setSaved(next);
        setDraft(next.scale);
        setFieldErrors({});
        setConflict(null);
        setStatus("Saved. Boards in this workspace show the new scale the next time they are opened.");
      } catch (caught) {
        setFieldErrors(fieldErrorsFrom(caught));
        if (caught instanceof ApiError && caught.status === 409 && caught.body.current) {
          setConflict(caught.body.current as TVerdictScaleSettings);
        }
        throw caught;
      }
    });
  };

  const loadCurrent = () => {
    if (!conflict) return;
    setSaved(conflict);
    setDraft(conflict.scale);
    setConflict(null);
    setFieldErrors({});
    setStatus("Loaded the scale as it is now saved. Make your changes again, then save.");
  };

  return (
    <form onSubmit={submit} aria-label="Verdict scale" className="verdict-scale-form" noValidate>
      {VERDICTS.map((verdict) => (
        <VerdictScaleRow
          key={verdict}
          verdict={verdict}
          style={draft[verdict]}
          errors={fieldErrors[verdict] ?? {}}
          onChange={(changes) => update(verdict, changes)}
        />
      ))}

      <div className="verdict-scale-actions">
        <FormError message={error} />
        {conflict ? (
          <p className="form-actions">
            <button type="button" className="button" onClick={loadCurrent}>
              Load the saved scale (discards your changes here)
            </button>
          </p>
        ) : null}
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={pending}>
            {pending ? "Saving…" : "Save verdict scale"}
          </button>
          <button
            type="button"
            className="button"
            disabled={pending || VERDICTS.every((verdict) => sameStyle(draft[verdict], VERDICT_SCALE[verdict]))}
            onClick={() => {
              setStatus(null);
              setDraft(VERDICT_SCALE);
            }}
          >
            Reset every verdict to default
          </button>
          <span className="muted small" role="status">
            {status ??
              (changedVerdicts.length === 0
                ? "No unsaved changes."
                : `Unsaved changes to ${changedVerdicts.map((verdict) => VERDICT_SCALE[verdict].label).join(", ")}.`)}
          </span>
        </div>
      </div>
    </form>
  );
}

function VerdictScaleRow({
  verdict,
  style,
  errors,
  onChange,
}: {
  verdict: TVerdict;
  style: TVerdictStyle;
  errors: Partial<Record<TField, string>>;
  onChange: (changes: Partial<TVerdictStyle>) => void;
}) {
  const base = VERDICT_SCALE[verdict];
  const id = (field: string) => `verdict-${verdict}-${field}`;
  const errorProps = (field: TField) =>
    errors[field] ? { "aria-invalid": true as const, "aria-describedby": id(`${field}-error`) } : {};
  const isDefault = sameStyle(style, base);
  return (
    <fieldset className="fieldset verdict-scale-row" data-verdict={verdict}>
      <legend>
        <span aria-hidden="true">{base.icon}</span> {base.label}
        <span className="muted small"> ({verdict}{isDefault ? ", default" : ", customised"})</span>
      </legend>

      <VerdictPreview verdict={verdict} style={style} />

      <div className="field-row">
        <div className="field">
          <label htmlFor={id("label")}>Label</label>
          <input
            id={id("label")}
            value={style.label}
            maxLength={VERDICT_LABEL_MAX}
            required
            onChange={(event) => onChange({ label: event.target.value })}
            {...errorProps("label")}
          />
          <FieldError id={id("label-error")} message={errors.label} />
        </div>
        <div className="field">
          <label htmlFor={id("rating")}>ClaimReview rating</label>
          <select
            id={id("rating")}
            value={style.ratingValue === null ? "" : String(style.ratingValue)}
            onChange={(event) => onChange({ ratingValue: event.target.value === "" ? null : Number(event.target.value) })}
            {...errorProps("ratingValue")}
          >
            <option value="">No rating (not on the 1–5 scale)</option>
            <option value="1">1 (false)</option>
            <option value="2">2</option>
            <option value="3">3</option>
            <option value="4">4</option>
            <option value="5">5 (true)</option>
          </select>
          <FieldError id={id("ratingValue-error")} message={errors.ratingValue} />
        </div>
      </div>

      <div className="field-row">
        <ColorField
          id={id("color")}
          label="Text colour"
          value={style.color}
          fallback={base.color}
          error={errors.color}
          onChange={(color) => onChange({ color })}
        />
        <ColorField
          id={id("tint")}
          label="Background tint"
          value={style.tint}
          fallback={base.tint}
          error={errors.tint}
          onChange={(tint) => onChange({ tint })}
        />
      </div>

      <div className="field">
        <label htmlFor={id("description")}>Description</label>
        <textarea
          id={id("description")}
          value={style.description}
          maxLength={VERDICT_DESCRIPTION_MAX}
          onChange={(event) => onChange({ description: event.target.value })}
          {...errorProps("description")}
        />
        <FieldError id={id("description-error")} message={errors.description} />
      </div>

      <button
        type="button"
        className="button small"
        disabled={isDefault}
        onClick={() => onChange({ ...base })}
        aria-label={`Reset ${base.label} to default`}
      >
        Reset to default
      </button>
    </fieldset>
  );
}

function ColorField({
  id,
  label,
  value,
  fallback,
  error,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  /** What the picker shows while the typed value is not yet a colour. */
  fallback: string;
  error: string | undefined;
  onChange: (value: string) => void;
}) {
  const pickerValue = /^#[0-9a-f]{6}$/i.test(value) ? value.toLowerCase() : fallback;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <div className="verdict-scale-color">
        <input
          id={id}
          value={value}
          maxLength={7}
          spellCheck={false}
          autoComplete="off"
          placeholder="#rrggbb"
          aria-describedby={error ? `${id}-error` : undefined}
          aria-invalid={error ? true : undefined}
          onChange={(event) => onChange(event.target.value.trim())}
        />
        <input type="color" value={pickerValue} aria-label={`Pick the ${label.toLowerCase()}`} onChange={(event) => onChange(event.target.value)} />
      </div>
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <span className="verdict-scale-field-error" id={id}>
      {message}
    </span>
  );
}
