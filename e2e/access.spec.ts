import { expect, test } from "@playwright/test";
import { contextAs, demoUser, SIGNED_OUT } from "./accounts";
import { exportBoard, seededBoardId } from "./helpers";

// Who may see and change what, through the UI and the API alike.
test.describe("access to boards", () => {
  let publicBoardId: string;
  let privateBoardId: string;

  test.beforeAll(async ({ browser }) => {
    // As the editor, whatever storage state the tests below use.
    const editor = await contextAs(browser, "editor");
    const request = editor.request;
    publicBoardId = await seededBoardId(request);
    const created = await request.post("/api/boards", {
      data: { title: "E2E private board", article: { text: "A private draft. Nobody outside the newsroom may read it." } },
    });
    expect(created.status()).toBe(201);
    privateBoardId = (await created.json()).id;
    await editor.close();
  });

  test.describe("signed out", () => {
    test.use({ storageState: SIGNED_OUT });

    test("reads the public board, its graph and export, but gets 404 for a private board", async ({ page, request }) => {
      await page.goto("/");
      await expect(page.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "Sign in" })).toBeVisible();
      await expect(page.getByRole("link", { name: /battle for Basra/ })).toBeVisible();
      await expect(page.getByRole("link", { name: "E2E private board" })).toHaveCount(0);

      await page.goto(`/boards/${publicBoardId}/graph`);
      await expect(page.locator('.react-flow__node[data-node-kind="claim"]').first()).toBeVisible();
      // Readers pan, zoom and open nodes, but get no layout controls and cannot drag or link.
      await expect(page.getByRole("button", { name: "Re-layout" })).toHaveCount(0);
      await expect(page.locator(".react-flow__node.draggable")).toHaveCount(0);
      await expect(page.locator(".react-flow__handle.connectable")).toHaveCount(0);
      expect((await request.get(`/api/boards/${publicBoardId}/export`)).status()).toBe(200);
      // The team's internal discussion and log are not published with the board.
      expect((await request.get(`/api/boards/${publicBoardId}/activity`)).status()).toBe(401);
      await expect(page.getByRole("navigation", { name: "Board views" }).getByRole("link", { name: "Activity" })).toHaveCount(0);

      for (const path of ["", "/export", "/graph", "/activity"]) {
        expect((await request.get(`/api/boards/${privateBoardId}${path}`)).status(), path).toBe(404);
      }
      const response = await page.goto(`/boards/${privateBoardId}`);
      expect(response?.status()).toBe(404);
    });

    test("cannot write to the public board: 401 with a sign-in message, and nothing changes", async ({ request }) => {
      const board = await exportBoard(request, publicBoardId);
      const claim = board.claims[0]!;
      const edit = await request.patch(`/api/boards/${publicBoardId}/claims/${claim.id}`, { data: { statement: "Vandalised" } });
      expect(edit.status()).toBe(401);
      expect((await edit.json()).error).toContain("Sign in");
      const take = await request.post(`/api/boards/${publicBoardId}/claims/${claim.id}/workflow`, { data: { type: "take" } });
      expect(take.status()).toBe(401);
      expect((await exportBoard(request, publicBoardId)).claims[0]!.statement).toBe(claim.statement);
    });

    test("a write to a private board is refused exactly as one to a board that does not exist: 401, before its body is read", async ({ request }) => {
      const answers = [];
      for (const id of [privateBoardId, "no-such-board"]) {
        const response = await request.post(`/api/boards/${id}/evidence`, { data: { title: "Probe", sourceType: "other" } });
        answers.push({ status: response.status(), body: await response.json() });
      }
      expect(answers[0]).toEqual({ status: 401, body: { error: "Sign in to make changes: every change needs a member's account." } });
      expect(answers[1]).toEqual(answers[0]);
      // Not even a body that is not JSON is looked at.
      const unread = await request.post(`/api/boards/${privateBoardId}/claims`, { data: "{not json", headers: { "content-type": "text/plain" } });
      expect(unread.status()).toBe(401);
    });
  });

  test("a new account outside the workspace reads public boards only and cannot write", async ({ browser }) => {
    const context = await browser.newContext({ storageState: SIGNED_OUT });
    const page = await context.newPage();
    await page.goto("/sign-up");
    const email = `outsider-${Date.now()}@example.test`;
    await page.getByLabel(/^Name/).fill("Otto Outsider");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel(/^Password/).fill("a long enough password");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByRole("navigation", { name: "Account" })).toContainText("Otto Outsider");

    expect((await context.request.get(`/api/boards/${privateBoardId}`)).status()).toBe(404);
    expect((await context.request.get(`/api/boards/${privateBoardId}/export`)).status()).toBe(404);
    expect((await page.goto(`/boards/${privateBoardId}`))?.status()).toBe(404);
    const board = await exportBoard(context.request, publicBoardId);
    const edit = await context.request.patch(`/api/boards/${publicBoardId}/claims/${board.claims[0]!.id}`, { data: { statement: "Nope" } });
    expect(edit.status()).toBe(403);
    await context.close();
  });

  test("a viewer reads the private board but the API refuses every change", async ({ browser, request }) => {
    const viewer = await contextAs(browser, "viewer");
    const board = await exportBoard(viewer.request, privateBoardId);
    expect(board.board.title).toBe("E2E private board");
    const created = await viewer.request.post(`/api/boards/${privateBoardId}/evidence`, { data: { title: "Viewer's source", sourceType: "other" } });
    expect(created.status()).toBe(403);
    expect((await created.json()).error).toContain("viewer");
    expect((await exportBoard(request, privateBoardId)).evidence).toHaveLength(0);
    await viewer.close();
  });

  test("signing in through the form and signing out", async ({ browser }) => {
    const context = await browser.newContext({ storageState: SIGNED_OUT });
    const page = await context.newPage();
    await page.goto(`/sign-in?next=${encodeURIComponent(`/boards/${privateBoardId}`)}`);
    const checker = demoUser("checker");
    await page.getByLabel("Email").fill(checker.email);
    await page.getByLabel("Password").fill("wrong password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.locator("#sign-in-error")).toHaveText("Email or password is incorrect.");
    await page.getByLabel("Password").fill(checker.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(new RegExp(`/boards/${privateBoardId}$`));
    await expect(page.getByRole("navigation", { name: "Account" })).toContainText(checker.name);
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "Sign in" })).toBeVisible();
    expect((await context.request.get(`/api/boards/${privateBoardId}`)).status()).toBe(404);
    await context.close();
  });
});
