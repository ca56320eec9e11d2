import "server-only";
import type { TActor } from "../actor";
import { DataError } from "../errors";

/** A comment is always someone's: anonymous readers of a public board are asked to sign in. */
export function signedInUserId(actor: TActor): string {
  if (!actor.userId) throw new DataError("unauthenticated", "Sign in to take part in the discussion: comments need a member account.");
  return actor.userId;
}
