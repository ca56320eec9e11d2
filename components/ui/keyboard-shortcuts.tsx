"use client";

import { usePathname, useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";
import { neighbourClaim, SHORTCUTS, shortcutAction, type TShortcutAction } from "@/lib/display/keyboard-shortcuts";
import { UNDO_BUTTON_ID } from "./undo-toast";
import { useModalDialog } from "./use-modal-dialog";

/** Focus is somewhere keys type text or pick options: shortcuts stay out of the way. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLInputElement) return !["checkbox", "radio", "button", "submit", "reset", "range", "color"].includes(target.type);
  return target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}

const openClaimPanel = () => document.querySelector<HTMLElement>('[data-testid="claim-panel"][data-claim-id]');

/**
 * The app's keyboard shortcuts (lib/display/keyboard-shortcuts.ts), on every page, with their help
 * on "?". They act through the page's own controls (the claims list's buttons, the open claim's
 * workflow buttons, the search box), so a shortcut never does what the page would not let you do.
 */
export function KeyboardShortcuts() {
  const router = useRouter();
  const pathname = usePathname();
  const [helpOpen, setHelpOpen] = useState(false);
  const [notice, setNotice] = useState<{ text: string; key: number } | null>(null);
  const returnFocus = useRef<HTMLElement | null>(null);

  useEffect(() => {
    if (!notice) return;
    const timer = window.setTimeout(() => setNotice(null), 3_000);
    return () => window.clearTimeout(timer);
  }, [notice]);

  useEffect(() => {
    const tell = (text: string) => setNotice({ text, key: Date.now() });
    const boardId = /^\/boards\/([^/]+)/.exec(pathname)?.[1] ?? null;
    const act = (action: TShortcutAction) => {
      switch (action) {
        case "next":
        case "previous": {
          const items = [...document.querySelectorAll<HTMLButtonElement>(".claims-list .claim-list-item[data-claim-id]")];
          if (items.length === 0) return tell("No claims list on this page: j and k work in the article view.");
          const ids = items.map((item) => item.dataset.claimId!);
          const nextId = neighbourClaim(ids, openClaimPanel()?.dataset.claimId ?? null, action === "next" ? 1 : -1);
          items.find((item) => item.dataset.claimId === nextId)?.click();
          return;
        }
        case "graph": {
          if (!boardId) return tell("Open a board first: g opens its graph.");
          const claimId = openClaimPanel()?.dataset.claimId;
          router.push(`/boards/${boardId}/graph${claimId ? `?focus=${encodeURIComponent(claimId)}` : ""}`);
          return;
        }
        case "take":
        case "propose": {
          const panel = openClaimPanel();
          const button = panel?.querySelector<HTMLButtonElement>(`[data-shortcut="${action}"]`);
          if (!panel) return tell(`Open a claim first: ${action === "take" ? "t takes it" : "p proposes a verdict"}.`);
          if (button?.disabled && button.closest("[aria-busy='true']")) return tell("Still saving the last change: try again in a moment.");
          if (!button || button.disabled) return tell(action === "take" ? "You can't take this claim now." : "You can't propose a verdict for this claim now.");
          button.click();
          return;
        }
        case "search": {
          const box = document.querySelector<HTMLInputElement>("#claims-search, [data-shortcut-target='search']");
          if (box) {
            box.focus();
            box.select();
          } else router.push("/search");
          return;
        }
        case "undo": {
          const undo = document.getElementById(UNDO_BUTTON_ID);
          if (undo instanceof HTMLButtonElement) undo.click();
          else tell("Nothing to undo.");
          return;
        }
        case "help":
          returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
          setHelpOpen(true);
      }
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || document.querySelector("dialog[open]")) return;
      const action = shortcutAction(event, isTyping(event.target));
      if (!action) return;
      event.preventDefault();
      act(action);
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [pathname, router]);

  const closeHelp = () => {
    setHelpOpen(false);
    const back = returnFocus.current;
    requestAnimationFrame(() => {
      if (back?.isConnected) back.focus();
    });
  };
  return (
    <>
      {helpOpen ? <ShortcutsHelp onClose={closeHelp} /> : null}
      <div className="shortcut-notice-region" role="status" aria-live="polite">
        {notice ? (
          <p className="shortcut-notice" key={notice.key}>
            {notice.text}
          </p>
        ) : null}
      </div>
    </>
  );
}

/** The help overlay: a modal dialog (the browser keeps focus inside it), closed by Escape or its button. */
function ShortcutsHelp({ onClose }: { onClose: () => void }) {
  const { dialogRef, firstButtonRef } = useModalDialog();
  const titleId = useId();
  return (
    <dialog
      ref={dialogRef}
      className="shortcuts-dialog"
      aria-labelledby={titleId}
      aria-modal="true"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onKeyDown={(event) => {
        // A modal dialog keeps the page inert, but Tab could still leave it for the browser's own controls: wrap instead.
        if (event.key !== "Tab") return;
        const focusable = [...event.currentTarget.querySelectorAll<HTMLElement>("button, a[href], [tabindex]:not([tabindex='-1'])")];
        const first = focusable[0];
        const last = focusable.at(-1);
        if (!first || !last) return;
        if (event.shiftKey && document.activeElement === first) {
          event.preventDefault();
          last.focus();
        } else if (!event.shiftKey && document.activeElement === last) {
          event.preventDefault();
          first.focus();
        }
      }}
    >
      <div className="shortcuts-dialog-head">
        <h2 id={titleId}>Keyboard shortcuts</h2>
        <button ref={firstButtonRef} type="button" className="button small" onClick={onClose}>
          Close
        </button>
      </div>
      <p className="muted small">They never fire while you type in a field. Escape closes this, and a claim&rsquo;s panel.</p>
      <dl className="shortcuts-list">
        {SHORTCUTS.map((shortcut) => (
          <div key={shortcut.action} className="shortcuts-row">
            <dt>
              <kbd>{shortcut.keys}</kbd>
            </dt>
            <dd>{shortcut.description}</dd>
          </div>
        ))}
      </dl>
    </dialog>
  );
}
