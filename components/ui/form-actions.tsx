/** A form's submit and Cancel buttons, side by side. */
export function FormActions({ submitLabel, disabled, onCancel }: { submitLabel: string; disabled: boolean; onCancel: () => void }) {
  return (
    <div className="form-actions">
      <button type="submit" className="button primary" disabled={disabled}>
        {submitLabel}
      </button>
      <button type="button" className="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
