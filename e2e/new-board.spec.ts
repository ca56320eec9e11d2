import { expect, test } from "@playwright/test";
import { contextAs, SIGNED_OUT } from "./accounts";
import { exportBoard, selectArticleText } from "./helpers";

test("a fact-checker starts a board for a new article and anchors a claim in it", async ({ page, request }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "+ New board" }).click();
  const form = page.getByRole("form", { name: "New board" });
  await form.getByLabel("Board title").fill("E2E: council budget statement");
  await form.getByLabel("Byline").fill("Test Desk");
  await form.getByLabel("URL").fill("javascript:alert(1)");
  await form.evaluate((element) => ((element as HTMLFormElement).noValidate = true));
  await form.getByLabel("Text (one paragraph per line)").fill("The council says spending rose by 4% last year.\nCritics dispute the figure.");
  await form.getByRole("button", { name: "Create board" }).click();
  await expect(form.getByRole("alert")).toContainText("The article link must be a web address starting with http:// or https://");
  await form.getByLabel("URL").fill("");
  await form.getByRole("button", { name: "Create board" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("E2E: council budget statement");
  const boardId = page.url().split("/boards/")[1]!;
  await expect(page.getByRole("article", { name: "Article" })).toContainText("Critics dispute the figure.");
  await selectArticleText(page, "spending rose by 4% last year");
  await page.getByRole("button", { name: "+ Create claim from selection" }).click();
  const panel = page.getByTestId("new-claim-panel");
  await panel.getByLabel("Statement (neutral and checkable)").fill("Council spending rose by 4% last year.");
  await panel.getByLabel("Speaker or attribution").fill("the council");
  await panel.getByLabel("Kind").selectOption("quantity");
  await panel.getByRole("button", { name: "Create claim" }).click();
  await expect(page.getByTestId("claim-panel")).toContainText("Council spending rose by 4% last year.");

  const board = await exportBoard(request, boardId);
  expect(board.article.text).toBe("The council says spending rose by 4% last year.\nCritics dispute the figure.");
  expect(board.claims).toEqual([
    expect.objectContaining({
      statement: "Council spending rose by 4% last year.",
      kind: "quantity",
      selector: expect.objectContaining({ exact: "spending rose by 4% last year", start: 17, end: 46 }),
    }),
  ]);
});

test("a board exported from one install imports as a new board with the same claims", async ({ page, request }, testInfo) => {
  const { boards } = (await (await request.get("/api/boards")).json()) as { boards: { id: string; title: string }[] };
  const basra = boards.find((board) => board.title.includes("Basra"))!;
  const original = await exportBoard(request, basra.id);
  const file = testInfo.outputPath("basra-export.json");
  await import("node:fs/promises").then((fs) => fs.writeFile(file, JSON.stringify(original)));

  await page.goto("/boards/new");
  const form = page.getByRole("form", { name: "Import a board" });
  await form.getByLabel("Board file (from Export JSON)").setInputFiles({ name: "broken.json", mimeType: "application/json", buffer: Buffer.from('{"format":"claimgraph.board.v1"}') });
  await form.getByRole("button", { name: "Import board" }).click();
  await expect(form.getByRole("alert")).toContainText("This is not a board Claimgraph can import");

  await form.getByLabel("Board file (from Export JSON)").setInputFiles(file);
  await form.getByRole("button", { name: "Import board" }).click();
  await expect(page).toHaveURL(/\/boards\/(?!new)[^/]+$/);
  const importedId = page.url().split("/boards/")[1]!;
  expect(importedId).not.toBe(basra.id);
  await expect(page.locator("article .claim-marker")).toHaveCount(original.claims.length);
  const imported = await exportBoard(request, importedId);
  expect(imported.claims.map((c) => [c.statement, c.selector.exact, c.verdict])).toEqual(original.claims.map((c) => [c.statement, c.selector.exact, c.verdict]));
  expect(imported.links).toHaveLength(original.links.length);
});

test.describe("who may start a board", () => {
  test.describe("signed out", () => {
    test.use({ storageState: SIGNED_OUT });

    test("is sent to sign in, and back to the new board page afterwards", async ({ page }) => {
      await page.goto("/boards/new");
      await expect(page).toHaveURL(/\/sign-in\?next=(\/|%2F)boards(\/|%2F)new$/);
    });
  });

  test("a viewer gets a sentence instead of the forms; the API refuses a workspaceId that is not an id", async ({ browser }) => {
    const viewer = await contextAs(browser, "viewer");
    const page = await viewer.newPage();
    await page.goto("/boards/new");
    await expect(page.getByTestId("cannot-create-boards")).toContainText("Your role does not allow creating boards");
    await expect(page.getByRole("form", { name: "New board" })).toHaveCount(0);
    await expect(page.getByRole("form", { name: "Import a board" })).toHaveCount(0);
    const refused = await viewer.request.post("/api/boards/import?workspaceId=not%20an%20id", { data: {} });
    expect(refused.status()).toBe(400);
    expect((await refused.json()).error).toContain("workspaceId");
    await viewer.close();
  });
});
