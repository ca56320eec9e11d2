import "server-only";
import { createHash, randomBytes } from "node:crypto";

/** A new invitation token: 32 random bytes, base64url. Shown once; only its hash is stored. */
export function newInvitationToken(): string {
  return randomBytes(32).toString("base64url");
}

/** The stored form of a token: SHA-256, hex. */
export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}
