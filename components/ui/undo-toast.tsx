"use client";

import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from "react";

/** How long Undo is offered; the time stops while the pointer or focus is on the toast. */
export const UNDO_TOAST_MS = 8_000;

type TUndoOffer = { message: string; undo: () => Promise<void> };
type TToast = TUndoOffer & { key: number; state: "offered" | "undoing" | "undone" | "failed"; error?: string };

const UndoToastContext = createContext<(offer: TUndoOffer) => void>(() => {});

/** Offers Undo for a deletion just made, in the page's toast (one at a time: a newer one replaces it). */
export function useOfferUndo(): (offer: TUndoOffer) => void {
  return useContext(UndoToastContext);
}

/** Set on the Undo button, so the keyboard shortcut (u) can press it from anywhere on the page. */
export const UNDO_BUTTON_ID = "undo-toast-button";

/**
 * The page's toast: announced politely (role="status"), its Undo button in the
 * tab order and on the shortcut u, dismissed after UNDO_TOAST_MS unless the
 * pointer or focus is on it, or at once with its Dismiss button.
 */
export function UndoToastProvider({ children }: { children: ReactNode }) {
  const [toast, setToast] = useState<TToast | null>(null);
  const [held, setHeld] = useState(false);
  const counter = useRef(0);
  const offer = useCallback((next: TUndoOffer) => {
    counter.current += 1;
    setToast({ ...next, key: counter.current, state: "offered" });
  }, []);

  useEffect(() => {
    if (!toast || held || toast.state === "undoing") return;
    const timer = window.setTimeout(() => setToast(null), toast.state === "offered" ? UNDO_TOAST_MS : 4_000);
    return () => window.clearTimeout(timer);
  }, [toast, held]);

  const undo = async () => {
    if (!toast || toast.state !== "offered") return;
    const { key } = toast;
    setToast({ ...toast, state: "undoing" });
    try {
      await toast.undo();
      setToast((current) => (current?.key === key ? { ...current, state: "undone" } : current));
    } catch (caught) {
      const error = caught instanceof Error ? caught.message : "Something went wrong.";
      setToast((current) => (current?.key === key ? { ...current, state: "failed", error } : current));
    }
  };

  let text = toast?.message ?? "";
  if (toast?.state === "undoing") text = "Undoing…";
  if (toast?.state === "undone") text = "Undone: it is back.";
  if (toast?.state === "failed") text = `Could not undo: ${toast.error}`;
  return (
    <UndoToastContext.Provider value={offer}>
      {children}
      {/* Always in the page, so screen readers are listening before the first message arrives. */}
      <div
        className="toast-region"
        role="status"
        aria-live="polite"
        aria-label="Notifications"
        onPointerEnter={() => setHeld(true)}
        onPointerLeave={() => setHeld(false)}
        onFocus={() => setHeld(true)}
        onBlur={() => setHeld(false)}
      >
        {toast ? (
          <div className={`toast toast-${toast.state}`} key={toast.key}>
            <span className="toast-message">{text}</span>
            {toast.state === "offered" ? (
              <button type="button" id={UNDO_BUTTON_ID} className="button small" onClick={() => void undo()} aria-keyshortcuts="u">
                Undo
              </button>
            ) : null}
            <button type="button" className="button small quiet" onClick={() => setToast(null)} aria-label="Dismiss notification">
              <span aria-hidden="true">×</span>
            </button>
          </div>
        ) : null}
      </div>
    </UndoToastContext.Provider>
  );
}
