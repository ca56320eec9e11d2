import "server-only";
import { randomBytes } from "node:crypto";
import type { TPrismaClient } from "../../db/prisma-client";
import { isUniqueViolation } from "../errors";

const SECRET_KEY = "auth.secret";

/**
 * The secret that signs session cookies: BETTER_AUTH_SECRET when set, else one
 * generated on first use and kept in the database, so every instance on the
 * same database accepts the same sessions.
 */
export async function readAuthSecret(db: TPrismaClient): Promise<string> {
  const fromEnv = process.env.BETTER_AUTH_SECRET?.trim();
  if (fromEnv) return fromEnv;
  const stored = await db.setting.findUnique({ where: { key: SECRET_KEY } });
  if (stored) return stored.value;
  const generated = randomBytes(32).toString("base64url");
  try {
    await db.setting.create({ data: { key: SECRET_KEY, value: generated } });
    return generated;
  } catch (error) {
    // Another instance stored one first: use theirs.
    if (!isUniqueViolation(error)) throw error;
    return (await db.setting.findUniqueOrThrow({ where: { key: SECRET_KEY } })).value;
  }
}
