import { expect, test as setup } from "@playwright/test";
import { DEMO_ROLES, demoUser, storageStatePath } from "./accounts";

// Signs each demo account in once and keeps its session cookie, so specs can
// start as any role with test.use({ storageState: storageStatePath(role) }).
for (const role of DEMO_ROLES) {
  setup(`sign in as the demo ${role}`, async ({ request }) => {
    const user = demoUser(role);
    const response = await request.post("/api/auth/sign-in/email", { data: { email: user.email, password: user.password } });
    expect(response.status(), await response.text()).toBe(200);
    await request.storageState({ path: storageStatePath(role) });
  });
}
