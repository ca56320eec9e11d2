import { describe, expect, it, vi } from "vitest";
import { cachedSession, forgetSession, forgetUserSessions, type TCachedSession } from "./session-cache";

let counter = 0;
function session(overrides: Partial<TCachedSession> = {}): TCachedSession {
  counter += 1;
  const id = `user-${counter}`;
  return { token: `token-${counter}`, userId: id, user: { id, name: "A", email: `${id}@example.test` }, expiresAt: new Date(Date.now() + 60_000), ...overrides };
}

describe("session cache", () => {
  it("reuses a valid session looked up for the same cookies", async () => {
    const s = session();
    const load = vi.fn(async () => s);
    expect(await cachedSession(`c=${s.token}`, load)).toBe(s);
    expect(await cachedSession(`c=${s.token}`, load)).toBe(s);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("asks again once the session is forgotten (signed out)", async () => {
    const s = session();
    const load = vi.fn(async () => s);
    await cachedSession(`c=${s.token}`, load);
    forgetSession(s.token);
    const signedOut = vi.fn(async () => null);
    expect(await cachedSession(`c=${s.token}`, signedOut)).toBeNull();
    expect(signedOut).toHaveBeenCalledTimes(1);
  });

  it("forgets every session of one person, and only theirs", async () => {
    const mine = session();
    const alsoMine = session({ userId: mine.userId, user: mine.user });
    const theirs = session();
    for (const s of [mine, alsoMine, theirs]) await cachedSession(`c=${s.token}`, async () => s);
    forgetUserSessions(mine.userId);
    const asked = vi.fn(async () => null);
    expect(await cachedSession(`c=${mine.token}`, asked)).toBeNull();
    expect(await cachedSession(`c=${alsoMine.token}`, asked)).toBeNull();
    expect(await cachedSession(`c=${theirs.token}`, asked)).toBe(theirs);
    expect(asked).toHaveBeenCalledTimes(2);
  });

  it("does not keep a lookup that a sign-out overtook", async () => {
    const s = session();
    const raced = await cachedSession(`c=${s.token}`, async () => {
      forgetSession(s.token); // signed out while the database was being read
      return s;
    });
    expect(raced).toBe(s);
    const load = vi.fn(async () => null);
    expect(await cachedSession(`c=${s.token}`, load)).toBeNull();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("keeps neither missing nor expired sessions", async () => {
    const missing = vi.fn(async () => null);
    await cachedSession("c=nobody", missing);
    await cachedSession("c=nobody", missing);
    expect(missing).toHaveBeenCalledTimes(2);
    const expired = session({ expiresAt: new Date(Date.now() - 1) });
    const load = vi.fn(async () => expired);
    await cachedSession(`c=${expired.token}`, load);
    await cachedSession(`c=${expired.token}`, load);
    expect(load).toHaveBeenCalledTimes(2);
  });
});
