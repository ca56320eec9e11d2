import { expect, request, test as setup } from "@playwright/test";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { DEMO_ROLES, demoUser, storageStatePath } from "./accounts";
import { SUITE_SERVERS } from "./support/suite-servers";

// Signs each demo account in once on each suite server and keeps both session cookies in one storage state
// (the servers' host names differ, so each cookie goes only to its own server). Specs start as any role with
// test.use({ storageState: storageStatePath(role) }), whichever server their project uses.
for (const role of DEMO_ROLES) {
  setup(`sign in as the demo ${role}`, async () => {
    const user = demoUser(role);
    const cookies = [];
    for (const server of SUITE_SERVERS) {
      const context = await request.newContext({ baseURL: server.url });
      const response = await context.post("/api/auth/sign-in/email", { data: { email: user.email, password: user.password } });
      expect(response.status(), `${server.name} server: ${await response.text()}`).toBe(200);
      cookies.push(...(await context.storageState()).cookies);
      await context.dispose();
    }
    const path = storageStatePath(role);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, JSON.stringify({ cookies, origins: [] }, null, 2));
  });
}
