import "server-only";
import { LRUCache } from "lru-cache";

/**
 * How long this process reuses a session it has looked up, instead of asking
 * the database on every request. A sign-out on this instance forgets the
 * session at once (a Better Auth hook, lib/data/auth/create-auth.ts); a sign-out
 * or revocation on another instance takes effect here within this bound.
 */
export const SESSION_CACHE_TTL_MS = 5_000;
const MAX_SESSIONS = 10_000;

export type TCachedSession = {
  /** The session's token (the unsigned part of the cookie), to forget it by. */
  token: string;
  userId: string;
  user: { id: string; name: string; email: string };
  expiresAt: Date;
};

const globalForSessions = globalThis as unknown as {
  claimgraphSessionCache?: { cache: LRUCache<string, TCachedSession>; generation: number };
};

function store() {
  globalForSessions.claimgraphSessionCache ??= {
    cache: new LRUCache<string, TCachedSession>({ max: MAX_SESSIONS, ttl: SESSION_CACHE_TTL_MS }),
    generation: 0,
  };
  return globalForSessions.claimgraphSessionCache;
}

/** Longer Cookie headers are looked up every time rather than kept as keys. */
const MAX_KEY_LENGTH = 4096;

/**
 * The session for a request's Cookie header: from the cache if this process
 * looked the same cookies up less than SESSION_CACHE_TTL_MS ago (and the
 * session has not expired since), else from `load` (Better Auth: it verifies
 * the cookie's signature and reads the database). Only valid sessions are kept.
 */
export async function cachedSession(
  cookieHeader: string,
  load: () => Promise<TCachedSession | null>,
): Promise<TCachedSession | null> {
  const sessions = store();
  if (cookieHeader.length > MAX_KEY_LENGTH) return load();
  const hit = sessions.cache.get(cookieHeader);
  if (hit && hit.expiresAt.getTime() > Date.now()) return hit;
  const generation = sessions.generation;
  const loaded = await load();
  const untilExpiry = loaded ? loaded.expiresAt.getTime() - Date.now() : 0;
  // A sign-out that happened while this lookup ran may not be in it: don't keep it then.
  if (loaded && untilExpiry > 0 && sessions.generation === generation) {
    sessions.cache.set(cookieHeader, loaded, { ttl: Math.min(SESSION_CACHE_TTL_MS, untilExpiry) });
  }
  return loaded;
}

/** Forgets a session (signed out or revoked) so that its next request asks the database. */
export function forgetSession(token: string): void {
  const sessions = store();
  sessions.generation++;
  for (const [key, value] of sessions.cache.entries()) if (value.token === token) sessions.cache.delete(key);
}

/**
 * Forgets every session of one person: their name changed (so pages show the new one at once), or
 * their other sessions were revoked together (Better Auth deletes those in one statement, without
 * a per-session hook).
 */
export function forgetUserSessions(userId: string): void {
  const sessions = store();
  sessions.generation++;
  for (const [key, value] of sessions.cache.entries()) if (value.userId === userId) sessions.cache.delete(key);
}
