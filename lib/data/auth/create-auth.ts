import "server-only";
import { betterAuth } from "better-auth";
import { APIError } from "better-auth/api";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { checkAccountName } from "../../auth/account-name";
import type { TPrismaClient } from "../../db/prisma-client";
import { makeFirstAccountOwner } from "../members/make-first-account-owner";
import { forgetSession } from "./session-cache";

export const PASSWORD_MIN_LENGTH = 10;

// Hosts the app answers on without BETTER_AUTH_URL; more can be added with
// CLAIMGRAPH_ALLOWED_HOSTS=host1,host2.
const LOCAL_HOSTS = ["localhost:*", "127.0.0.1:*", "localhost", "127.0.0.1"];

/** The name as stored (trimmed); a name that can't be one is refused with 400 and the reason. */
function acceptedName(name: unknown): string {
  const checked = checkAccountName(name);
  if (!checked.ok) throw new APIError("BAD_REQUEST", { code: "INVALID_NAME", message: checked.problem });
  return checked.name;
}

function allowedHosts(): string[] {
  const extra = (process.env.CLAIMGRAPH_ALLOWED_HOSTS ?? "").split(",").map((h) => h.trim()).filter(Boolean);
  return [...LOCAL_HOSTS, ...extra];
}

/**
 * Better Auth for one database: email and password accounts, sessions stored
 * in the database (Session table), the Prisma adapter over our generated client.
 */
export function createAuth(db: TPrismaClient, provider: "sqlite" | "postgresql", secret: string) {
  const publicUrl = process.env.BETTER_AUTH_URL?.trim();
  return betterAuth({
    appName: "Claimgraph",
    secret,
    baseURL: publicUrl || { allowedHosts: allowedHosts(), protocol: "auto" },
    database: prismaAdapter(db, { provider }),
    emailAndPassword: {
      enabled: true,
      minPasswordLength: PASSWORD_MIN_LENGTH,
      maxPasswordLength: 128,
      autoSignIn: true,
    },
    session: { expiresIn: 60 * 60 * 24 * 14, updateAge: 60 * 60 * 24 },
    // Tests sign in many times from one address; deployments keep the limits.
    rateLimit: { enabled: process.env.CLAIMGRAPH_AUTH_RATE_LIMIT !== "off" },
    advanced: {
      useSecureCookies: Boolean(publicUrl?.startsWith("https://")),
    },
    logger: { disabled: process.env.NODE_ENV === "test" },
    databaseHooks: {
      // Signed out or revoked: this process stops reusing the session at once.
      session: { delete: { after: async (session) => forgetSession(session.token) } },
      user: {
        // Names are shown to the team everywhere, so they are capped here, whichever endpoint sets them.
        create: {
          before: async (user) => ({ data: { name: acceptedName(user.name) } }),
          after: async (user) => {
            await makeFirstAccountOwner(db, user.id);
          },
        },
        update: {
          before: async (user) => (user.name === undefined ? undefined : { data: { name: acceptedName(user.name) } }),
        },
      },
    },
    plugins: [nextCookies()],
  });
}

export type TAuth = ReturnType<typeof createAuth>;
