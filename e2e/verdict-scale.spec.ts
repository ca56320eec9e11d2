import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { contextAs, SIGNED_OUT, storageStatePath } from "./accounts";
import { seededBoardId } from "./helpers";

// The workspace's own verdict scale: owners change how verdicts are named,
// coloured and rated; boards and the ClaimReview export follow; nobody else can change it.

async function workspaceOf(request: APIRequestContext, boardId: string): Promise<string> {
  const response = await request.get(`/api/boards/${boardId}`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { workspaceId: string }).workspaceId;
}

async function resetScale(request: APIRequestContext, workspaceId: string) {
  const current = await request.get(`/api/workspaces/${workspaceId}/verdict-scale`);
  const { revision } = (await current.json()) as { revision: string };
  const reset = await request.put(`/api/workspaces/${workspaceId}/verdict-scale`, { data: { revision, overrides: null } });
  expect(reset.status()).toBe(200);
}

const verdictRow = (page: Page, label: RegExp) => page.getByRole("group", { name: label });

test.describe("the verdict scale", () => {
  let boardId: string;
  let workspaceId: string;

  test.beforeAll(async ({ browser }) => {
    const owner = await contextAs(browser, "owner");
    boardId = await seededBoardId(owner.request);
    workspaceId = await workspaceOf(owner.request, boardId);
    await resetScale(owner.request, workspaceId);
    await owner.close();
  });
  // Other specs read the default labels.
  test.afterAll(async ({ browser }) => {
    const owner = await contextAs(browser, "owner");
    await resetScale(owner.request, workspaceId);
    await owner.close();
  });

  test.describe("as the owner", () => {
    test.use({ storageState: storageStatePath("owner") });

    test("refuses an unreadable colour with the reason, then saves a new label that the board shows", async ({ page, request }) => {
      await page.goto(`/boards/${boardId}`);
      await page.getByRole("navigation", { name: "Board views" }).getByRole("link", { name: "Verdict scale" }).click();
      await expect(page.getByRole("heading", { level: 1, name: /Verdict scale of/ })).toBeVisible();

      const unverified = verdictRow(page, /Unverified/);
      await unverified.getByLabel("Label").fill("Not yet checked");
      await unverified.getByRole("textbox", { name: "Text colour", exact: true }).fill("#eab308");
      // The contrast is said in words, not only shown.
      await expect(unverified.getByText(/against white: too faint to read/)).toBeVisible();

      await page.getByRole("button", { name: "Save verdict scale" }).click();
      await expect(page.getByRole("alert").filter({ hasText: "Choose a darker colour" })).toBeVisible();
      await expect(unverified.getByRole("textbox", { name: "Text colour", exact: true })).toHaveAttribute("aria-invalid", "true");
      const unchanged = await (await request.get(`/api/workspaces/${workspaceId}/verdict-scale`)).json();
      expect(unchanged.overrides).toBeNull();

      await unverified.getByRole("textbox", { name: "Text colour", exact: true }).fill("#374151");
      await expect(unverified.getByText(/against white: readable/)).toBeVisible();
      await page.getByRole("button", { name: "Save verdict scale" }).click();
      await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();

      const saved = await (await request.get(`/api/workspaces/${workspaceId}/verdict-scale`)).json();
      expect(saved.overrides).toEqual({ unverified: { label: "Not yet checked", color: "#374151" } });

      await page.getByRole("link", { name: "← Back to the board" }).click();
      await expect(page.locator('.verdict-badge[data-verdict="unverified"]').first()).toHaveText(/Not yet checked/);
      await page.goto(`/boards/${boardId}/graph`);
      await page.getByTestId("filter-verdict").click();
      await expect(page.getByRole("checkbox", { name: /Not yet checked/ })).toBeVisible();
    });

    test("resets one verdict to the default from the keyboard", async ({ page, request }) => {
      const current = (await (await request.get(`/api/workspaces/${workspaceId}/verdict-scale`)).json()) as { revision: string };
      await request.put(`/api/workspaces/${workspaceId}/verdict-scale`, {
        data: { revision: current.revision, overrides: { opinion: { label: "Comment", ratingValue: 3 } } },
      });
      await page.goto(`/workspaces/${workspaceId}/verdict-scale`);
      const reset = page.getByRole("button", { name: "Reset Opinion to default" });
      await reset.focus();
      await page.keyboard.press("Enter");
      await expect(verdictRow(page, /Opinion/).getByLabel("Label")).toHaveValue("Opinion");
      await page.getByRole("button", { name: "Save verdict scale" }).click();
      await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
      const saved = await (await request.get(`/api/workspaces/${workspaceId}/verdict-scale`)).json();
      expect(saved.overrides?.opinion).toBeUndefined();
    });

    test("a save over a teammate's newer one is refused and can load the current scale", async ({ page, browser }) => {
      await page.goto(`/workspaces/${workspaceId}/verdict-scale`);
      // Another owner's tab saves first.
      const other = await contextAs(browser, "owner");
      const current = (await (await other.request.get(`/api/workspaces/${workspaceId}/verdict-scale`)).json()) as { revision: string };
      const first = await other.request.put(`/api/workspaces/${workspaceId}/verdict-scale`, {
        data: { revision: current.revision, overrides: { disputed: { label: "Contested" } } },
      });
      expect(first.status()).toBe(200);
      await other.close();

      await verdictRow(page, /Disputed/).getByLabel("Label").fill("Unclear");
      await page.getByRole("button", { name: "Save verdict scale" }).click();
      await expect(page.getByRole("alert").filter({ hasText: "Someone else changed this workspace's verdict scale" })).toBeVisible();
      await page.getByRole("button", { name: /Load the saved scale/ }).click();
      await expect(verdictRow(page, /Disputed/).getByLabel("Label")).toHaveValue("Contested");
    });
  });

  test.describe("as an editor", () => {
    test.use({ storageState: storageStatePath("editor") });

    test("reads the scale but cannot change it, in the UI or the API", async ({ page, request }) => {
      await page.goto(`/boards/${boardId}`);
      await page.getByRole("navigation", { name: "Board views" }).getByRole("link", { name: "Verdict scale" }).click();
      await expect(page.getByText("Only the workspace's owners can change the verdict scale.")).toBeVisible();
      await expect(page.getByRole("table")).toContainText("Verified");
      await expect(page.getByRole("button", { name: "Save verdict scale" })).toHaveCount(0);

      const current = (await (await request.get(`/api/workspaces/${workspaceId}/verdict-scale`)).json()) as { revision: string };
      const refused = await request.put(`/api/workspaces/${workspaceId}/verdict-scale`, {
        data: { revision: current.revision, overrides: { false: { label: "Nope" } } },
      });
      expect(refused.status()).toBe(403);
    });
  });

  test.describe("signed out", () => {
    test.use({ storageState: SIGNED_OUT });

    test("gets 404 for the settings, and reads the public board's ClaimReview export", async ({ page, request }) => {
      const response = await page.goto(`/workspaces/${workspaceId}/verdict-scale`);
      expect(response?.status()).toBe(404);
      expect((await request.get(`/api/workspaces/${workspaceId}/verdict-scale`)).status()).toBe(404);

      const exported = await request.get(`/api/boards/${boardId}/claim-review`);
      expect(exported.status()).toBe(200);
      expect(exported.headers()["content-type"]).toContain("application/ld+json");
      const graph = (await exported.json()) as { "@context": string; "@graph": unknown[] };
      expect(graph["@context"]).toBe("https://schema.org");
      expect(Array.isArray(graph["@graph"])).toBe(true);
    });
  });
});
