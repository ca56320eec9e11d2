import { expect, test, type Page } from "@playwright/test";
import { contextAs, demoUser, SIGNED_OUT } from "./accounts";
import { seededBoardId } from "./helpers";

// Every page works under its Content-Security-Policy with no violation, and
// pages and API responses carry the security headers.

declare global {
  interface Window {
    cspViolations: string[];
    next?: { version?: string };
  }
}

async function watchViolations(page: Page) {
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener("securitypolicyviolation", (event) => {
      window.cspViolations.push(`${event.effectiveDirective}: ${event.blockedURI || "inline"} ${event.sample}`);
    });
  });
}

async function expectWorkingPage(page: Page, path: string, ready: (page: Page) => Promise<void>, status = 200) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(status);
  const headers = response!.headers();
  expect(headers["content-security-policy"], path).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("same-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");
  // Next.js's scripts ran (they carry the nonce), and the page does its job.
  await page.waitForFunction(() => Boolean(window.next?.version));
  await ready(page);
  expect(await page.evaluate(() => window.cspViolations), path).toEqual([]);
}

test.describe("security headers", () => {
  let boardId: string;
  let workspaceId: string;
  test.beforeAll(async ({ request }) => {
    boardId = await seededBoardId(request);
    workspaceId = ((await (await request.get(`/api/boards/${boardId}`)).json()) as { workspaceId: string }).workspaceId;
  });

  test("the board's pages work for the editor under the policy", async ({ page }) => {
    await watchViolations(page);
    await expectWorkingPage(page, `/boards/${boardId}`, async (p) => {
      await p.locator(".claim-marker").first().click();
      await expect(p.getByTestId("claim-panel")).toBeVisible();
    });
    await expectWorkingPage(page, `/boards/${boardId}/graph`, async (p) => {
      await expect(p.locator('.react-flow__node[data-node-kind="claim"]').first()).toBeVisible();
      await expect(p.locator(".react-flow__edge").first()).toBeAttached();
      await expect(p.locator(".react-flow__minimap")).toBeVisible();
    });
    await expectWorkingPage(page, `/boards/${boardId}/review`, async (p) => {
      await expect(p.getByTestId("review-progress")).toContainText(/\d+ of \d+ published/);
    });
    await expectWorkingPage(page, `/boards/${boardId}/activity`, async (p) => {
      await expect(p.getByRole("heading", { level: 1 })).toBeVisible();
    });
    await expectWorkingPage(page, "/boards/new", async (p) => {
      await expect(p.getByRole("button", { name: /create/i }).first()).toBeVisible();
    });
    await expectWorkingPage(page, "/", async (p) => {
      await expect(p.getByRole("heading", { name: "Your workspaces" })).toBeVisible();
    });
    await expectWorkingPage(page, "/no/such/page", async (p) => {
      await expect(p.getByRole("heading", { name: "Not found" })).toBeVisible();
    }, 404);
  });

  test("the owner's workspace pages and an invitation work under the policy", async ({ browser }) => {
    const owner = await contextAs(browser, "owner");
    const page = await owner.newPage();
    await watchViolations(page);
    await expectWorkingPage(page, `/workspaces/${workspaceId}/members`, async (p) => {
      await expect(p.getByRole("heading", { level: 1 })).toContainText("members");
    });
    await expectWorkingPage(page, `/workspaces/${workspaceId}/verdict-scale`, async (p) => {
      await expect(p.getByRole("heading", { level: 1 })).toBeVisible();
    });
    const invitation = await owner.request.post(`/api/workspaces/${workspaceId}/invitations`, { data: { role: "viewer" } });
    expect(invitation.status()).toBe(201);
    const { path, invitation: created } = (await invitation.json()) as { path: string; invitation: { id: string } };
    const guest = await (await browser.newContext({ storageState: SIGNED_OUT })).newPage();
    await watchViolations(guest);
    await expectWorkingPage(guest, path, async (p) => {
      await expect(p.getByRole("link", { name: /create an account/i })).toBeVisible();
    });
    await owner.request.delete(`/api/workspaces/${workspaceId}/invitations/${created.id}`);
    await guest.context().close();
    await owner.close();
  });

  test("sign-in and sign-up work under the policy; sign-up for a taken address says to sign in", async ({ browser }) => {
    const page = await (await browser.newContext({ storageState: SIGNED_OUT })).newPage();
    await watchViolations(page);
    await expectWorkingPage(page, "/sign-in", async (p) => {
      await p.getByLabel("Email").fill(demoUser("viewer").email);
      await p.getByLabel("Password").fill("not the password");
      await p.getByRole("button", { name: "Sign in" }).click();
      await expect(p.locator("#sign-in-error")).toHaveText("Email or password is incorrect.");
    });
    await expectWorkingPage(page, "/sign-up", async (p) => {
      await p.getByLabel(/^Name/).fill("Someone Else");
      await p.getByLabel("Email").fill(demoUser("viewer").email);
      await p.getByLabel(/^Password/).fill("a password of my own");
      await p.getByRole("button", { name: "Create account" }).click();
      await expect(p.locator("#sign-up-error")).toContainText("If this address already has an account, sign in with that account's password.");
    });
    // The same form with the account's own password just signs its owner in.
    await page.getByLabel(/^Password/).fill(demoUser("viewer").password);
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByRole("navigation", { name: "Account" })).toContainText(demoUser("viewer").name);
    await page.context().close();
  });

  test("an inline event handler does not run, and is reported", async ({ page }) => {
    await watchViolations(page);
    await page.goto(`/boards/${boardId}`);
    const ran = await page.evaluate(async () => {
      const button = document.createElement("button");
      button.setAttribute("onclick", "document.body.dataset.injected = 'ran'");
      document.body.append(button);
      button.click();
      await new Promise((resolve) => setTimeout(resolve, 100));
      return document.body.dataset.injected ?? "blocked";
    });
    expect(ran).toBe("blocked");
    expect(await page.evaluate(() => window.cspViolations)).toEqual([expect.stringContaining("script-src-attr")]);
  });

  test("API responses carry a deny-all policy and the same headers", async ({ request }) => {
    for (const path of ["/api/boards", `/api/boards/${boardId}/graph`, "/api/auth/get-session"]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      const headers = response.headers();
      expect(headers["content-security-policy"], path).toBe("default-src 'none'; frame-ancestors 'none'");
      expect(headers["x-content-type-options"]).toBe("nosniff");
      expect(headers["referrer-policy"]).toBe("same-origin");
      expect(headers["x-frame-options"]).toBe("DENY");
    }
  });
});
