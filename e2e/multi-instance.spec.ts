import { expect, test } from "@playwright/test";
import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { demoUser, SIGNED_OUT } from "./accounts";
import { adminQuery, baseUrl, cookieFrom, postgresUrlFor, prepareDatabase, specPort, startServer, stopServers, waitUntilServing } from "./support/servers";

// Two app instances on one PostgreSQL database: a change made through one
// reaches a live view served by the other. Uses the production build that
// the web server of this test run made.
const adminUrl = process.env.TEST_DATABASE_URL;
test.skip(!adminUrl, "set TEST_DATABASE_URL to run the PostgreSQL multi-instance test");

const ports = [specPort(5), specPort(6)] as const;

test.describe("several instances on PostgreSQL", () => {
  const name = `claimgraph_e2e_${randomBytes(5).toString("hex")}`;
  const servers: ChildProcess[] = [];
  let databaseUrl = "";

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    await adminQuery(`CREATE DATABASE ${name}`);
    databaseUrl = postgresUrlFor(name);
    const env = { ...process.env, DATABASE_URL: databaseUrl, CLAIMGRAPH_AUTH_RATE_LIMIT: "off" };
    prepareDatabase(env);
    for (const port of ports) servers.push(startServer(port, env));
    await Promise.all(ports.map((port) => waitUntilServing(baseUrl(port))));
  });

  test.afterAll(async () => {
    await stopServers(servers);
    await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });

  test("a change saved through one instance shows live in a page served by the other", async ({ browser }) => {
    const [first, second] = ports.map(baseUrl);
    // Sign in on the first instance; the second must accept nothing from it but the shared database.
    const editor = demoUser("editor");
    const signIn = await fetch(`${first}/api/auth/sign-in/email`, {
      method: "POST",
      // As a browser on that page would send it: Better Auth checks where sign-ins come from.
      headers: { "content-type": "application/json", origin: first! },
      body: JSON.stringify({ email: editor.email, password: editor.password }),
    });
    expect(signIn.status).toBe(200);
    const cookie = cookieFrom(signIn);
    const asEditor = { "content-type": "application/json", cookie };

    const { boards } = (await (await fetch(`${first}/api/boards`, { headers: asEditor })).json()) as { boards: { id: string }[] };
    const boardId = boards[0]!.id;
    const { claims } = (await (await fetch(`${first}/api/boards/${boardId}`, { headers: asEditor })).json()) as {
      claims: { id: string; version: number }[];
    };
    const claim = claims[0]!;

    // A reader on the second instance (the demo board is public).
    const page = await (await browser.newContext({ storageState: SIGNED_OUT })).newPage();
    await page.goto(`${second}/boards/${boardId}`);
    await expect(page.getByTestId("live-status")).toContainText("Live");
    const claimsList = page.getByRole("complementary", { name: "Claims" });
    const statement = `Edited on the first instance ${randomBytes(3).toString("hex")}`;
    await expect(claimsList).not.toContainText(statement);

    const response = await fetch(`${first}/api/boards/${boardId}/claims/${claim.id}`, {
      method: "PATCH",
      headers: asEditor,
      body: JSON.stringify({ version: claim.version, statement }),
    });
    expect(response.status).toBe(200);
    await expect(claimsList).toContainText(statement, { timeout: 2_000 });
    await page.context().close();
  });
});
