import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, TEST_PROVIDERS, type TTestDatabase } from "../../testing/test-databases";
import { createAuth, type TAuth } from "./create-auth";
import { readAuthSecret } from "./read-auth-secret";
import { cachedSession } from "./session-cache";

const host = new Headers({ host: "localhost" });

describe.each(TEST_PROVIDERS)("session cache and Better Auth on %s", (provider) => {
  let database: TTestDatabase;
  let auth: TAuth;
  beforeAll(async () => {
    database = await createTestDatabase(provider);
    auth = createAuth(database.db, provider, await readAuthSecret(database.db));
  });
  afterAll(async () => {
    await database?.drop();
  });

  it("forgets a session as soon as it is signed out", async () => {
    const credentials = { email: `cached-${provider}@example.test`, password: "a long password 9" };
    await auth.api.signUpEmail({ body: { name: "Cached Person", ...credentials }, headers: host });
    // Sign-up starts no session (it answers alike for a taken address), so sign in.
    const signIn = await auth.api.signInEmail({ body: credentials, headers: host, asResponse: true });
    const cookie = signIn.headers.getSetCookie().map((line) => line.split(";")[0]).join("; ");
    const headers = new Headers({ host: "localhost", cookie });
    let lookups = 0;
    const load = async () => {
      lookups += 1;
      const found = await auth.api.getSession({ headers });
      if (!found) return null;
      const { id, name, email } = found.user;
      return { token: found.session.token, userId: id, user: { id, name, email }, expiresAt: new Date(found.session.expiresAt) };
    };
    expect((await cachedSession(cookie, load))?.user.name).toBe("Cached Person");
    expect((await cachedSession(cookie, load))?.user.name).toBe("Cached Person");
    expect(lookups).toBe(1);

    await auth.api.signOut({ headers });
    expect(await cachedSession(cookie, load)).toBeNull();
    expect(lookups).toBe(2);
  });
});
