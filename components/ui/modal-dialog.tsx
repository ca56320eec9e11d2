"use client";

import { useId, type ReactNode, type RefObject } from "react";
import { FormError } from "./form-error";
import { useModalDialog } from "./use-modal-dialog";

/**
 * A modal <dialog> asking for one choice: a title, what it is about, the choices (buttons), and Cancel.
 * Focus starts on the first choice (pass `firstButtonRef` to it); Escape cancels unless a save is pending,
 * and React, not the browser, decides when it goes away.
 */
export function ModalDialog({
  title,
  about,
  choicesLabel,
  pending,
  pendingText,
  error,
  testId,
  onCancel,
  children,
}: {
  title: string;
  /** What the choice is about; it describes the dialog to screen readers. */
  about: ReactNode;
  /** Names the group of choices. */
  choicesLabel: string;
  pending: boolean;
  pendingText: string;
  error: string | null;
  testId: string;
  onCancel: () => void;
  children: (parts: { firstButtonRef: RefObject<HTMLButtonElement | null>; titleId: string }) => ReactNode;
}) {
  const { dialogRef, firstButtonRef } = useModalDialog();
  const titleId = useId();
  const aboutId = useId();
  return (
    <dialog
      ref={dialogRef}
      className="stance-dialog"
      aria-labelledby={titleId}
      aria-describedby={aboutId}
      aria-modal="true"
      data-testid={testId}
      onCancel={(event) => {
        // Escape: React decides when the dialog goes away.
        event.preventDefault();
        if (!pending) onCancel();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      <div id={aboutId} className="stance-dialog-pair">
        {about}
      </div>
      <FormError message={error} />
      <div className="stance-dialog-choices" role="group" aria-label={choicesLabel}>
        {children({ firstButtonRef, titleId })}
      </div>
      <div className="form-actions stance-dialog-actions">
        <button type="button" className="button" onClick={onCancel} disabled={pending}>
          Cancel
        </button>
        {pending ? (
          <span className="muted small" role="status">
            {pendingText}
          </span>
        ) : null}
      </div>
    </dialog>
  );
}
