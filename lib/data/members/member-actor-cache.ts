import "server-only";
import { LRUCache } from "lru-cache";
import type { TPrismaClient } from "../../db/prisma-client";
import type { TActor } from "../actor";
import { loadMemberActor } from "./load-member-actor";

/**
 * How long this process reuses a member's roles instead of reading their
 * memberships on every request. Changes made on this instance (a role change,
 * a removal, a new membership) are forgotten as soon as they commit; changes
 * made by another instance take effect here within this bound.
 */
export const MEMBER_ACTOR_CACHE_TTL_MS = 5_000;
const MAX_MEMBERS = 10_000;

type TEntry = { actor: TActor };
const globalForMembers = globalThis as unknown as { claimgraphMemberActorCache?: { cache: LRUCache<string, TEntry>; generation: number } };

function store() {
  globalForMembers.claimgraphMemberActorCache ??= {
    cache: new LRUCache<string, TEntry>({ max: MAX_MEMBERS, ttl: MEMBER_ACTOR_CACHE_TTL_MS }),
    generation: 0,
  };
  return globalForMembers.claimgraphMemberActorCache;
}

/** The signed-in user's roles per workspace, read at most MEMBER_ACTOR_CACHE_TTL_MS ago. */
export async function loadCachedMemberActor(db: TPrismaClient, userId: string): Promise<TActor> {
  const members = store();
  const hit = members.cache.get(userId);
  if (hit) return hit.actor;
  const generation = members.generation;
  const actor = await loadMemberActor(db, userId);
  // A membership change committed while this read ran may not be in it: don't keep it then.
  if (members.generation === generation) members.cache.set(userId, { actor });
  return actor;
}

/** Call after a transaction that changed the user's memberships has committed. */
export function forgetMemberActor(userId: string): void {
  const members = store();
  members.generation++;
  members.cache.delete(userId);
}
