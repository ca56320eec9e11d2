// The address of one claim: its board and its number, which never changes, so the link keeps working.
import { z } from "zod";
import { MAX_CLAIM_NUMBER } from "./claim-numbers";

export function claimPermalinkPath(boardId: string, number: number): string {
  return `/boards/${encodeURIComponent(boardId)}/claims/${number}`;
}

/** A claim number as it appears in an address: digits only, no leading zero, within the numbers a board gives. */
export const ZClaimNumberParam = z
  .string()
  .regex(/^[1-9][0-9]{0,6}$/, "a claim number is a whole number from 1")
  .transform(Number)
  .pipe(z.number().int().max(MAX_CLAIM_NUMBER));
