"use client";

import { useEffect, useRef } from "react";

/**
 * A native <dialog> shown modally while the component is mounted, with focus on
 * its first button; React, not the browser, decides when it goes away.
 */
export function useModalDialog() {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const firstButtonRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    firstButtonRef.current?.focus();
    return () => {
      if (dialog.open) dialog.close();
    };
  }, []);
  return { dialogRef, firstButtonRef };
}
