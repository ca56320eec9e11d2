import { expect, type Browser, type BrowserContext } from "@playwright/test";

// The demo team the seed creates (lib/data/seed/seed-demo-team.ts; listed in the README).
export const DEMO_ROLES = ["owner", "editor", "checker", "viewer"] as const;
export type TDemoRole = (typeof DEMO_ROLES)[number];

const NAMES: Record<TDemoRole, string> = {
  owner: "Olu Owner",
  editor: "Eda Editor",
  checker: "Chen Checker",
  viewer: "Vic Viewer",
};

export function demoUser(role: TDemoRole) {
  return { email: `${role}@demo.claimgraph.test`, password: "claimgraph-demo", name: NAMES[role] };
}

export function storageStatePath(role: TDemoRole): string {
  return `e2e/.auth/${role}.json`;
}

/** A signed-out visitor. */
export const SIGNED_OUT = { cookies: [], origins: [] };

/** A new browser context signed in as a demo role. */
export async function contextAs(browser: Browser, role: TDemoRole): Promise<BrowserContext> {
  const context = await browser.newContext({ storageState: storageStatePath(role) });
  const me = await context.request.get("/api/auth/get-session");
  expect((await me.json())?.user?.email).toBe(demoUser(role).email);
  return context;
}
