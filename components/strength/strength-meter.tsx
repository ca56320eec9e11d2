import { formatStrength } from "@/lib/strength/describe-strength";
import type { TClaimStrength } from "../board/board-strengths";

const PENDING_TITLE = "Strength is computed once the whole board has loaded";
const UNSETTLED_TITLE = "The strengths on this board did not settle within 1,000 rounds, so no value is final";

/**
 * A claim's strength as a number and a bar (never colour alone). An
 * unsettled board shows "not settled" and an empty dashed bar, never a number.
 * `compact` leaves out the word "Strength" (the graph node), keeping it for screen readers and the tooltip.
 */
export function StrengthMeter({ strength, compact = false }: { strength: TClaimStrength; compact?: boolean }) {
  if (strength === null) return null;
  if (strength === "pending") {
    return (
      <span className="strength-meter strength-pending" title={PENDING_TITLE} data-testid="strength-meter" data-strength="pending">
        {compact ? <span className="sr-only">Strength </span> : "Strength "}…
      </span>
    );
  }
  if (strength === "unsettled") {
    return (
      <span className="strength-meter strength-unsettled" title={UNSETTLED_TITLE} data-testid="strength-meter" data-strength="unsettled">
        <span className="strength-bar" aria-hidden="true" />
        {compact ? <span className="sr-only">Strength </span> : "Strength "}not settled
      </span>
    );
  }
  const value = formatStrength(strength);
  return (
    <span className="strength-meter" title={`Strength ${value} of 1`} data-testid="strength-meter" data-strength={value}>
      <span className="strength-bar" aria-hidden="true">
        <span className="strength-bar-fill" style={{ width: `${Math.round(strength * 100)}%` }} />
      </span>
      {compact ? <span className="sr-only">Strength </span> : "Strength "}
      <span className="strength-value">{value}</span>
    </span>
  );
}
