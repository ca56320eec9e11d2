import { expect, test } from "@playwright/test";
import { exportBoard, seededBoardId, selectArticleText } from "./helpers";

test.describe.serial("editing claims and evidence", () => {
  let boardId: string;
  test.beforeAll(async ({ request }) => {
    boardId = await seededBoardId(request);
  });

  test("creates a claim by selecting text in the article, anchored by both selectors", async ({ page, request }) => {
    const quote = "their electricity, mobile phones and water cut off";
    await page.goto(`/boards/${boardId}`);
    await selectArticleText(page, quote);
    await page.getByRole("button", { name: "+ Create claim from selection" }).click();
    const panel = page.getByTestId("new-claim-panel");
    await expect(panel.getByTestId("new-claim-quote")).toHaveText(quote);
    await panel.getByLabel("Statement (neutral and checkable)").fill("Electricity, mobile phone and water services in Basra were cut off during the fighting.");
    await panel.getByLabel("Kind").selectOption("other");
    await panel.getByRole("button", { name: "Create claim" }).click();
    await expect(page.getByTestId("claim-panel")).toContainText("Electricity, mobile phone and water services");

    const board = await exportBoard(request, boardId);
    const claim = board.claims.find((c) => c.statement.startsWith("Electricity, mobile phone"))!;
    expect(claim.selector.exact).toBe(quote);
    expect(board.article.text.slice(claim.selector.start, claim.selector.end)).toBe(quote);
    expect(board.article.text.slice(claim.selector.start - claim.selector.prefix.length, claim.selector.start)).toBe(claim.selector.prefix);
    expect(claim.selector.suffix.length).toBeGreaterThan(0);
    await expect(page.locator(`article .claim-marker[data-claim-id="${claim.id}"]`)).toHaveCount(1);
  });

  test("links existing evidence, changes its stance and removes the link", async ({ page }) => {
    await page.goto(`/boards/${boardId}`);
    await page.getByRole("searchbox", { name: "Search claims" }).fill("1,600");
    await page.getByRole("complementary", { name: "Claims" }).getByRole("button", { name: /1,600/ }).click();
    const panel = page.getByTestId("claim-panel");
    await panel.getByRole("button", { name: "Link existing evidence" }).click();
    await panel.getByRole("combobox", { name: "Evidence", exact: true }).fill("browne commons");
    await panel.getByRole("option", { name: "Des Browne's Commons statement on British forces in the Basra fighting" }).click();
    await panel.getByLabel("Stance toward this claim").selectOption("context");
    await panel.getByRole("button", { name: "Link evidence" }).click();
    const linked = panel.getByTestId("linked-evidence").filter({ hasText: "Des Browne" });
    await expect(panel.getByTestId("stance-group-context")).toContainText("Des Browne");
    await linked.getByLabel("Stance").selectOption("supports");
    await expect(panel.getByTestId("stance-group-supports")).toContainText("Des Browne");
    await linked.getByRole("button", { name: /Remove link/ }).click();
    await expect(panel.getByTestId("linked-evidence").filter({ hasText: "Des Browne" })).toHaveCount(0);
  });

  test("edits evidence from its panel and refuses a javascript: URL with the server's message", async ({ page, request }) => {
    await page.goto(`/boards/${boardId}`);
    await page.getByRole("searchbox", { name: "Search claims" }).fill("positive moment");
    await page.getByRole("complementary", { name: "Claims" }).getByRole("button", { name: /positive moment/ }).first().click();
    await page.getByTestId("claim-panel").getByRole("button", { name: /^President Bush's remark/ }).click();
    const panel = page.getByTestId("evidence-panel");
    await expect(panel).toContainText("positive moment in the development of a sovereign nation");
    await panel.getByRole("button", { name: "Edit evidence" }).click();
    // The browser's own URL check would stop a javascript: URL before the server sees it; bypass it to test the server.
    await panel.locator("form").evaluate((form) => ((form as HTMLFormElement).noValidate = true));
    await panel.getByLabel("URL (optional)").fill("javascript:alert(1)");
    await panel.getByRole("button", { name: "Save evidence" }).click();
    await expect(panel.getByRole("alert")).toContainText("The source link must be a web address starting with http:// or https://");
    await panel.getByLabel("URL (optional)").fill("");
    await panel.getByLabel("Publisher").fill("The White House");
    await panel.getByRole("button", { name: "Save evidence" }).click();
    await expect(panel).toContainText("The White House");
    const board = await exportBoard(request, boardId);
    const remark = board.evidence.find((e) => e.title.startsWith("President Bush's remark"))!;
    expect(remark.url).toBeNull();
  });

  test("places a claim in the article's argument and removes the relation again", async ({ page, request }) => {
    const before = await exportBoard(request, boardId);
    await page.goto(`/boards/${boardId}`);
    await page.getByRole("searchbox", { name: "Search claims" }).fill("Cheney");
    await page.getByRole("complementary", { name: "Claims" }).getByRole("button", { name: /Cheney was in Baghdad|Cheney.*Baghdad/ }).first().click();
    const panel = page.getByTestId("claim-panel");
    await panel.getByRole("button", { name: "+ Relate to another claim" }).click();
    const form = panel.getByRole("form", { name: "Relate to another claim" });
    await form.getByLabel("Relation").selectOption("outgoing:supports");
    const target = before.claims.find((c) => c.selector.exact.includes("the Americans approved the assault"))!;
    await form.getByLabel("Other claim").selectOption(target.id);
    await form.getByRole("button", { name: "Add relation" }).click();
    const relation = panel.getByTestId("claim-relation").filter({ hasText: target.statement.slice(0, 40) });
    await expect(relation).toContainText("This claim supports");
    const afterAdd = await exportBoard(request, boardId);
    expect(afterAdd.relations.length).toBe(before.relations.length + 1);
    await relation.getByRole("button", { name: "Remove relation" }).click();
    await expect(relation).toHaveCount(0);
    expect((await exportBoard(request, boardId)).relations.length).toBe(before.relations.length);
  });
});
