import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import type { TActor } from "../data/actor";
import { getAuth } from "../data/auth/get-auth";
import { cachedSession } from "../data/auth/session-cache";
import { loadCachedMemberActor } from "../data/members/member-actor-cache";
import { getPrisma } from "../db/prisma-client";

export const ANONYMOUS: TActor = { userId: null, roles: {} };

export type TSignedInUser = { id: string; name: string; email: string };

/**
 * The signed-in user from the session cookie, once per request. The lookup is
 * reused for a few seconds across requests with the same cookies (see
 * lib/data/auth/session-cache.ts for how soon a sign-out takes effect).
 */
export const getSignedInUser = cache(async (): Promise<TSignedInUser | null> => {
  // Headers first: it marks the page dynamic before anything touches the database at build time.
  const requestHeaders = await headers();
  const cookieHeader = requestHeaders.get("cookie");
  if (!cookieHeader) return null;
  const session = await cachedSession(cookieHeader, async () => {
    const auth = await getAuth();
    const found = await auth.api.getSession({ headers: requestHeaders });
    if (!found) return null;
    const { id, name, email } = found.user;
    return { token: found.session.token, userId: id, user: { id, name, email }, expiresAt: new Date(found.session.expiresAt) };
  });
  return session?.user ?? null;
});

/**
 * Who the current request acts as: the signed-in member with their role in
 * each workspace, or an anonymous reader who may only read public boards.
 * Roles are reused for a few seconds (lib/data/members/member-actor-cache.ts).
 */
export const getRequestActor = cache(async (): Promise<TActor> => {
  const user = await getSignedInUser();
  return user ? loadCachedMemberActor(getPrisma(), user.id) : ANONYMOUS;
});
