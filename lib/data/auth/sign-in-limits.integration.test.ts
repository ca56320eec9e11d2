import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ACCOUNT_SIGN_IN_BACKOFF, SIGN_IN_BACKOFF } from "../../auth/sign-in-backoff";
import { createTestDatabase, TEST_PROVIDERS, type TTestDatabase } from "../../testing/test-databases";
import { createAuth, type TAuth } from "./create-auth";
import { readAuthSecret } from "./read-auth-secret";
import { claimSignInAttempt, signInThrottleKeys } from "./throttle-sign-in";

// Better Auth's HTTP handler, as the route serves it, with X-Forwarded-For as
// scripts/serve.mjs leaves it: one address per request, the socket's or a
// trusted proxy's. Two auth instances on one database stand for two app instances.
let addressCounter = 0;
function nextAddress(): string {
  addressCounter++;
  return `198.51.${Math.floor(addressCounter / 250) % 250}.${(addressCounter % 250) + 1}`;
}

function post(auth: TAuth, path: string, body: unknown, address = nextAddress()): Promise<Response> {
  return auth.handler(
    new Request(`http://localhost/api/auth${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: "http://localhost", host: "localhost", "x-forwarded-for": address },
      body: JSON.stringify(body),
    }),
  );
}

describe.each(TEST_PROVIDERS)("sign-in limits on %s", (provider) => {
  let database: TTestDatabase;
  let instances: [TAuth, TAuth];
  let secret = "";
  const account = { name: "Guessed At", email: "target@example.test", password: "the right password" };
  const spread = { name: "Guessed From Everywhere", email: "spread@example.test", password: "another right password" };

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    secret = await readAuthSecret(database.db);
    instances = [createAuth(database.db, provider, secret), createAuth(database.db, provider, secret)];
    expect((await post(instances[0], "/sign-up/email", account)).status).toBe(200);
    expect((await post(instances[0], "/sign-up/email", spread)).status).toBe(200);
  });
  afterAll(async () => {
    await database?.drop();
  });

  it("limits one address across instances, whatever accounts it tries, and says when to retry", async () => {
    const address = "203.0.113.10";
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      const response = await post(instances[i % 2]!, "/sign-in/email", { email: `nobody-${i}@example.test`, password: "a wrong password" }, address);
      statuses.push(response.status);
      if (response.status === 429) expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
    }
    expect(statuses).toEqual([...Array(10).fill(401), 429, 429]);
    // Another address is not held back by it.
    expect((await post(instances[0], "/sign-in/email", { email: "nobody-else@example.test", password: "a wrong password" }, "203.0.113.11")).status).toBe(401);
  });

  it("backs off one address's guesses at one account, on both instances, without checking the password, yet lets the owner in from elsewhere", async () => {
    const attacker = "203.0.113.20";
    const guesses = await Promise.all(
      Array.from({ length: 7 }, (_, i) => post(instances[i % 2]!, "/sign-in/email", { email: account.email, password: `wrong guess ${i}` }, attacker)),
    );
    const statuses = guesses.map((response) => response.status).sort();
    expect(statuses).toEqual([...Array(SIGN_IN_BACKOFF.freeAttempts).fill(401), ...Array(7 - SIGN_IN_BACKOFF.freeAttempts).fill(429)]);
    const refused = guesses.find((response) => response.status === 429)!;
    const retryAfter = Number(refused.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(SIGN_IN_BACKOFF.firstWaitSeconds);
    expect(await refused.json()).toMatchObject({ code: "TOO_MANY_ATTEMPTS", message: expect.stringContaining("from this address") });

    // While the wait runs, even the right password from that address is not evaluated: no session is made.
    const sessions = await database.db.session.count();
    expect((await post(instances[1], "/sign-in/email", { email: account.email.toUpperCase(), password: account.password }, attacker)).status).toBe(429);
    expect(await database.db.session.count()).toBe(sessions);

    // The owner, signing in from another address, is not locked out; that clears the owner's counts, not the attacker's.
    expect((await post(instances[0], "/sign-in/email", { email: account.email, password: account.password }, "192.0.2.77")).status).toBe(200);
    expect(await database.db.signInThrottle.findUnique({ where: { key: signInThrottleKeys(secret, account.email, "192.0.2.77").account } })).toBeNull();
    expect((await post(instances[1], "/sign-in/email", { email: account.email, password: "wrong again" }, attacker)).status).toBe(429);

    // Once the wait has passed, that address may try again.
    await database.db.signInThrottle.updateMany({ data: { lockedUntil: BigInt(Date.now() - 1) } });
    expect((await post(instances[0], "/sign-in/email", { email: account.email, password: "wrong again" }, attacker)).status).toBe(401);
  });

  it("slows guessing one account from many addresses with the looser account-wide limit", async () => {
    // Attempts from as many addresses, counted as the sign-in hook counts them (without the password checks, which
    // would take minutes here), eight at a time.
    const decisions: Awaited<ReturnType<typeof claimSignInAttempt>>[] = [];
    for (let batch = 0; batch < 7; batch++) {
      const addresses = Array.from({ length: 8 }, (_, i) => `198.18.${batch}.${i + 1}`);
      decisions.push(...(await Promise.all(addresses.map((address) => claimSignInAttempt(database.db, signInThrottleKeys(secret, spread.email, address))))));
    }
    expect(decisions).toHaveLength(ACCOUNT_SIGN_IN_BACKOFF.freeAttempts + 6);
    expect(decisions.filter((decision) => decision.allowed)).toHaveLength(ACCOUNT_SIGN_IN_BACKOFF.freeAttempts);
    expect(decisions.filter((decision) => !decision.allowed && decision.scope === "account")).toHaveLength(6);

    // Through the endpoint, from a fresh address, even the right password waits while the account's backoff runs.
    const refused = await post(instances[1], "/sign-in/email", { email: spread.email, password: spread.password });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    const body = (await refused.json()) as { code: string; message: string };
    expect(body.code).toBe("TOO_MANY_ATTEMPTS");
    expect(body.message).not.toContain("from this address");

    await database.db.signInThrottle.updateMany({ data: { lockedUntil: BigInt(Date.now() - 1) } });
    expect((await post(instances[0], "/sign-in/email", { email: spread.email, password: spread.password }, "192.0.2.88")).status).toBe(200);
    expect(await database.db.signInThrottle.findUnique({ where: { key: signInThrottleKeys(secret, spread.email, null).account } })).toBeNull();
  });

  it("keeps no email address in its tables", async () => {
    const rows = [...(await database.db.signInThrottle.findMany()), ...(await database.db.rateLimit.findMany())];
    expect(rows.length).toBeGreaterThan(0);
    expect(JSON.stringify(rows, (_key, value: unknown) => (typeof value === "bigint" ? String(value) : value))).not.toContain("example.test");
  });
});

describe.each(TEST_PROVIDERS)("sign-up on %s", (provider) => {
  let database: TTestDatabase;
  let auth: TAuth;
  const taken = { name: "Already Here", email: "taken@example.test", password: "the first password" };

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    auth = createAuth(database.db, provider, await readAuthSecret(database.db));
    expect((await post(auth, "/sign-up/email", taken)).status).toBe(200);
  });
  afterAll(async () => {
    await database?.drop();
  });

  function shape(response: Response, body: Record<string, unknown>) {
    const user = body.user as Record<string, unknown>;
    return {
      status: response.status,
      headers: [...response.headers.keys()].sort(),
      keys: Object.keys(body).sort(),
      token: body.token,
      user: Object.fromEntries(Object.entries(user).map(([key, value]) => [key, key === "id" || key.endsWith("At") ? typeof value : value])),
    };
  }

  it("answers a taken address exactly as a new one, and changes nothing for it", async () => {
    const accountBefore = await database.db.account.findFirstOrThrow({ where: { user: { email: taken.email } } });
    const fresh = await post(auth, "/sign-up/email", { name: " Some One ", email: "fresh@example.test", password: "another password" });
    const again = await post(auth, "/sign-up/email", { name: " Some One ", email: "TAKEN@example.test", password: "another password" });
    const freshShape = shape(fresh, await fresh.json());
    const againShape = shape(again, await again.json());
    expect(againShape).toEqual({ ...freshShape, user: { ...freshShape.user, email: "taken@example.test" } });
    expect(freshShape).toMatchObject({ status: 200, token: null, user: { name: "Some One", email: "fresh@example.test" } });
    expect(freshShape.headers).not.toContain("set-cookie");

    expect(await database.db.user.count({ where: { email: taken.email } })).toBe(1);
    // The taken address's rehearsal of an account creation left nothing behind.
    expect(await database.db.user.count()).toBe(2);
    expect(await database.db.account.count()).toBe(2);
    const accountAfter = await database.db.account.findFirstOrThrow({ where: { user: { email: taken.email } } });
    expect(accountAfter.password).toBe(accountBefore.password);
    expect(await database.db.session.count()).toBe(0);
  });

  it("refuses a bad name with the same 400 whether or not the address is taken", async () => {
    const forNew = await post(auth, "/sign-up/email", { name: "x".repeat(101), email: "new-long@example.test", password: "another password" });
    const forTaken = await post(auth, "/sign-up/email", { name: "x".repeat(101), email: taken.email, password: "another password" });
    expect(forNew.status).toBe(400);
    expect(forTaken.status).toBe(400);
    expect(await forTaken.json()).toEqual(await forNew.json());
    expect(await database.db.user.count({ where: { email: "new-long@example.test" } })).toBe(0);
  });
});
