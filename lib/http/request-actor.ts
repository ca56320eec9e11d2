import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import type { TActor } from "../data/actor";
import { getAuth } from "../data/auth/get-auth";
import { loadMemberActor } from "../data/members/load-member-actor";
import { getPrisma } from "../db/prisma-client";

export const ANONYMOUS: TActor = { userId: null, roles: {} };

export type TSignedInUser = { id: string; name: string; email: string };

/** The signed-in user from the session cookie, once per request. */
export const getSignedInUser = cache(async (): Promise<TSignedInUser | null> => {
  // Headers first: it marks the page dynamic before anything touches the database at build time.
  const requestHeaders = await headers();
  const auth = await getAuth();
  const session = await auth.api.getSession({ headers: requestHeaders });
  if (!session) return null;
  return { id: session.user.id, name: session.user.name, email: session.user.email };
});

/**
 * Who the current request acts as: the signed-in member with their role in
 * each workspace, or an anonymous reader who may only read public boards.
 */
export const getRequestActor = cache(async (): Promise<TActor> => {
  const user = await getSignedInUser();
  return user ? loadMemberActor(getPrisma(), user.id) : ANONYMOUS;
});
