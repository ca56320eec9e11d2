"use client";

/** Opens the browser's print dialog; the report's print stylesheet lays the page out for paper. */
export function PrintButton() {
  return (
    <button type="button" className="button" onClick={() => window.print()}>
      Print
    </button>
  );
}
