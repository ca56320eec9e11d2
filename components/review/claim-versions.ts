import type { TClaimView } from "@/lib/board/types";
import { ApiError } from "../board/api-error";

/** The version of each claim as the board shows it, by id: what a bulk command was decided on. */
export function versionsOf(claims: readonly Pick<TClaimView, "id" | "version">[]): Record<string, number> {
  return Object.fromEntries(claims.map((claim) => [claim.id, claim.version]));
}

/**
 * The claims as they are now, from a 409 for a stale version: one record for a
 * single claim's command, a list for a bulk one. Empty for any other failure.
 */
export function currentClaimsOf(error: unknown): TClaimView[] {
  if (!(error instanceof ApiError) || error.status !== 409) return [];
  const current = error.body.current;
  const list = Array.isArray(current) ? current : current ? [current] : [];
  return list.filter(
    (claim): claim is TClaimView =>
      typeof claim === "object" && claim !== null && typeof claim.id === "string" && typeof claim.version === "number",
  );
}
