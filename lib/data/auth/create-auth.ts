import "server-only";
import { betterAuth } from "better-auth";
import { APIError, createAuthMiddleware, getIP } from "better-auth/api";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { checkAccountName } from "../../auth/account-name";
import type { TPrismaClient } from "../../db/prisma-client";
import { makeFirstAccountOwner } from "../members/make-first-account-owner";
import { rehearseAccountCreation } from "./rehearse-account-creation";
import { forgetSession, forgetUserSessions } from "./session-cache";
import { claimSignInAttempt, clearSignInAttempts, signInThrottleKeys } from "./throttle-sign-in";

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

/** Better Auth's own 429 says X-Retry-After; browsers and clients read the standard Retry-After. */
function withRetryAfter(response: Response): Response {
  const seconds = response.headers.get("x-retry-after");
  if (response.status === 429 && seconds && !response.headers.has("retry-after")) response.headers.set("retry-after", seconds);
  return response;
}

type TAuthHookContext = { request?: Request; headers?: Headers; context: { options: Parameters<typeof getIP>[1] } };

/** The client address as the rate limits see it (X-Forwarded-For as scripts/serve.mjs settles it), or null. */
function clientAddress(ctx: TAuthHookContext): string | null {
  const source = ctx.request ?? ctx.headers;
  return source ? getIP(source, ctx.context.options) : null;
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
  // Tests sign in many times from one address; deployments keep the limits.
  const limitsOn = process.env.CLAIMGRAPH_AUTH_RATE_LIMIT !== "off";
  const auth = betterAuth({
    appName: "Claimgraph",
    secret,
    baseURL: publicUrl || { allowedHosts: allowedHosts(), protocol: "auto" },
    database: prismaAdapter(db, { provider }),
    emailAndPassword: {
      enabled: true,
      minPasswordLength: PASSWORD_MIN_LENGTH,
      maxPasswordLength: 128,
      // Off so that sign-up answers alike for a new and a taken address (Better Auth then returns
      // a look-alike user for a taken one, after hashing the password as for a new one); the
      // sign-up form signs in next, with the same credentials.
      autoSignIn: false,
      onExistingUserSignUp: async () => {
        await rehearseAccountCreation(db);
      },
    },
    session: { expiresIn: 60 * 60 * 24 * 14, updateAge: 60 * 60 * 24 },
    // Per client address, kept in the database so every instance counts together. The address is
    // X-Forwarded-For as scripts/serve.mjs settles it: the socket's, or a trusted proxy's word.
    rateLimit: {
      enabled: limitsOn,
      storage: "database",
      window: 60,
      max: 100,
      customRules: {
        "/sign-in/email": { window: 60, max: 10 },
        "/sign-up/email": { window: 60, max: 5 },
      },
    },
    advanced: {
      useSecureCookies: Boolean(publicUrl?.startsWith("https://")),
      ipAddress: { ipAddressHeaders: ["x-forwarded-for"] },
    },
    logger: { disabled: process.env.NODE_ENV === "test" },
    // Errors that are not Better Auth's own answers (a busy database) reach the route, which maps
    // them as the rest of the API does, instead of becoming a bare 500 here.
    onAPIError: { throw: true },
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        // Checked before Better Auth looks the address up, so a bad name gets the same 400 whether
        // or not the address has an account.
        if (ctx.path === "/sign-up/email") return { context: { body: { ...ctx.body, name: acceptedName(ctx.body?.name) } } };
        if (ctx.path === "/sign-in/email" && limitsOn && typeof ctx.body?.email === "string") {
          const decision = await claimSignInAttempt(db, signInThrottleKeys(secret, ctx.body.email, clientAddress(ctx)));
          if (!decision.allowed) {
            const from = decision.scope === "address" ? " from this address" : "";
            throw new APIError(
              "TOO_MANY_REQUESTS",
              { code: "TOO_MANY_ATTEMPTS", message: `Too many sign-in attempts for this account${from}. Try again in ${decision.retryAfterSeconds} seconds.` },
              { "Retry-After": String(decision.retryAfterSeconds) },
            );
          }
        }
      }),
      after: createAuthMiddleware(async (ctx) => {
        // A password change that revoked the other sessions: this process stops reusing any of them at once.
        if (ctx.path === "/change-password" && ctx.context.session) forgetUserSessions(ctx.context.session.user.id);
        const signedIn = ctx.context.newSession?.user.email;
        if (ctx.path === "/sign-in/email" && limitsOn && signedIn) await clearSignInAttempts(db, signInThrottleKeys(secret, signedIn, clientAddress(ctx)));
      }),
    },
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
          // Cached sessions carry the name: drop them so the new one shows on the next page.
          after: async (user) => forgetUserSessions(user.id),
        },
      },
    },
    plugins: [nextCookies()],
  });
  const handler = auth.handler;
  auth.handler = async (request: Request) => withRetryAfter(await handler(request));
  return auth;
}

export type TAuth = ReturnType<typeof createAuth>;
