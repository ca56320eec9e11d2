// Server-only: node:crypto is kept out of the modules the browser imports.
import { createHash } from "node:crypto";

/** SHA-256 of the UTF-8 text, as lowercase hex. */
export function contentHash(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}
