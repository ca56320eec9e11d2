import { expect, test } from "@playwright/test";
import type { ChildProcess } from "node:child_process";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { demoUser } from "./accounts";
import { baseUrl, prepareDatabase, signInCookie, specPort, startServer, stopServers, waitUntilServing } from "./support/servers";

// Pages and route handlers are bundled apart, so each loads our modules once: state one of them keeps in a module is
// not the other's. The database client's direct statements were registered that way, so the first request after a
// start decided which side had them: a page first made every claim edit answer 500; a route handler first left a
// large board's page without its row pages listed ahead. Each start here has its own server and database.
const LARGE_CLAIMS = 2_100;

for (const first of [
  { name: "a page", path: "/" },
  { name: "a route handler", path: "/api/boards" },
]) {
  test(`after a start whose first request is ${first.name}, claims can be edited and a large board's page lists its row pages`, async () => {
    test.setTimeout(180_000);
    const dir = mkdtempSync(join(tmpdir(), "claimgraph-first-request-"));
    const env = { ...process.env, DATABASE_URL: `file:${join(dir, "e2e.db")}`, CLAIMGRAPH_AUTH_RATE_LIMIT: "off", NEXT_TELEMETRY_DISABLED: "1" };
    let server: ChildProcess | undefined;
    try {
      prepareDatabase(env);
      // A board larger than one page of rows (2,000), public, so its page lists where each later page starts.
      const seeded = execFileSync(
        process.execPath,
        [join(process.cwd(), "node_modules/tsx/dist/cli.mjs"), "--conditions=react-server", "scripts/seed-synthetic.ts", "--claims", String(LARGE_CLAIMS), "--evidence", "10", "--links", "10", "--relations", "10"],
        { env, encoding: "utf8" },
      );
      const largeId = /Board id:\s+(\S+)/.exec(seeded)![1]!;
      const port = specPort(10);
      const base = baseUrl(port);
      server = startServer(port, env);
      await waitUntilServing(base, first.path);

      const cookie = await signInCookie(base, demoUser("editor"));
      const headers = { cookie, origin: base, "content-type": "application/json" };
      const { boards } = (await (await fetch(`${base}/api/boards`, { headers })).json()) as { boards: { id: string; title: string }[] };
      const basra = boards.find((board) => board.title.startsWith("The battle for Basra"))!;
      const exported = (await (await fetch(`${base}/api/boards/${basra.id}/export`, { headers })).json()) as { claims: { id: string; version: number }[] };
      const claim = exported.claims[0]!;
      const edited = await fetch(`${base}/api/boards/${basra.id}/claims/${claim.id}`, {
        method: "PATCH",
        headers,
        body: JSON.stringify({ speaker: "Jonathan Steele", version: claim.version }),
      });
      expect(edited.status, await edited.clone().text()).toBe(200);

      // The large board is private to its workspace: the editor's page lists every page of its claims ahead.
      // Not followed: a redirect (to sign-in, were the session not found) would otherwise end on a 200 page with no list.
      // Also as a session's very first page, whose data comes late: the row pages were left out of that one.
      const sessions: [string, string][] = [["after the session's API calls", cookie], ["as a new session's first page", await signInCookie(base, demoUser("editor"))]];
      for (const [who, session] of sessions) {
        const response = await fetch(`${base}/boards/${largeId}/review`, { headers: { cookie: session }, redirect: "manual" });
        const page = await response.text();
        expect(response.status, `${who}: ${response.headers.get("location") ?? ""} ${page.slice(0, 500)}`).toBe(200);
        const listed = [...page.matchAll(/rel="preload" href="[^"]*\/rows\?table=claims(&amp;after=[^"&]+)?"/g)].map((match) => match[1] ?? "");
        expect(listed, `${who}: the first page and the one after it, once each`).toHaveLength(Math.ceil(LARGE_CLAIMS / 2_000));
      }
    } finally {
      await stopServers([server]);
      rmSync(dir, { recursive: true, force: true });
    }
  });
}
