"use client";

import { useEffect, useRef, type ReactNode } from "react";

/** A drop-down list of checkboxes (a <details>), closed by Escape or a click elsewhere. */
export function FilterMenu({
  label,
  summary,
  legend,
  testId,
  children,
}: {
  label: string;
  summary: string;
  /** Names the group of checkboxes for screen readers. */
  legend: string;
  testId?: string;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const close = (event: Event) => {
      const details = ref.current;
      if (!details?.open) return;
      if (event instanceof KeyboardEvent) {
        if (event.key !== "Escape" || !details.contains(event.target as Node)) return;
        event.preventDefault();
        details.open = false;
        details.querySelector("summary")?.focus();
        return;
      }
      if (!details.contains(event.target as Node)) details.open = false;
    };
    document.addEventListener("pointerdown", close);
    document.addEventListener("keydown", close);
    return () => {
      document.removeEventListener("pointerdown", close);
      document.removeEventListener("keydown", close);
    };
  }, []);
  return (
    <details ref={ref} className="graph-filter" data-testid={testId}>
      <summary className="button small">
        {label}: <strong>{summary}</strong>
      </summary>
      <fieldset className="graph-filter-menu">
        <legend className="sr-only">{legend}</legend>
        {children}
      </fieldset>
    </details>
  );
}
