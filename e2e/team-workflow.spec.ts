import { expect, test, type Page } from "@playwright/test";
import { contextAs } from "./accounts";
import { exportBoard, seededBoardId, SURGE_QUOTE } from "./helpers";

// The team journey, with two people in two browsers: a checker
// researches and proposes, an editor (who is not the proposer) returns it
// once and then approves; every view shows the published verdict; a viewer
// can change nothing.

async function openSurgeClaim(page: Page) {
  const claims = page.getByRole("complementary", { name: "Claims" });
  await claims.getByRole("searchbox", { name: "Search claims" }).fill("not the main factor");
  await claims.getByRole("button", { name: /not the main factor/ }).click();
  const panel = page.getByTestId("claim-panel");
  await expect(panel.getByTestId("quote-in-context")).toContainText(SURGE_QUOTE);
  return panel;
}

test("checker proposes, editor returns with a comment, checker re-proposes, editor approves; a viewer can change nothing", async ({
  browser,
  request,
}) => {
  test.setTimeout(120_000);
  const boardId = await seededBoardId(request);
  const surge = (await exportBoard(request, boardId)).claims.find((claim) => claim.selector.exact === SURGE_QUOTE)!;
  const checker = await (await contextAs(browser, "checker")).newPage();
  const editor = await (await contextAs(browser, "editor")).newPage();

  // Narrowed to the surge claim: the columns draw only the cards near view, and this one is far down Unassigned.
  await editor.goto(`/boards/${boardId}/review?q=${encodeURIComponent(surge.statement)}`);
  await expect(editor.getByTestId("live-status")).toContainText("Live");
  const column = (name: string) => editor.getByRole("region", { name, exact: true });
  const card = (name: string) => column(name).getByRole("article", { name: surge.statement, exact: true });
  await expect(card("Unassigned")).toBeVisible();

  // 1. The checker takes the surge claim, links disputing evidence, and proposes "disputed".
  await checker.goto(`/boards/${boardId}`);
  const panel = await openSurgeClaim(checker);
  const workflow = panel.getByRole("region", { name: "Workflow" });
  await workflow.getByRole("button", { name: "Take" }).click();
  await expect(workflow.getByTestId("workflow-assignee")).toHaveText("Chen Checker");
  await expect(card("Researching"), "the editor's board follows live").toBeVisible({ timeout: 2_000 });

  await panel.getByRole("button", { name: "+ New evidence" }).click();
  const evidence = panel.getByRole("form", { name: "Add evidence" });
  await evidence.getByLabel("Title").fill("E2E team: analysis crediting the surge with the fall in attacks");
  await evidence.getByLabel("Publisher").fill("E2E test desk");
  await evidence.getByLabel("Source type").selectOption("expert");
  await evidence.getByLabel("Stance toward this claim").selectOption("disputes");
  await evidence.getByRole("button", { name: "Add evidence" }).click();
  await expect(panel.getByTestId("stance-group-disputes")).toContainText("E2E team: analysis crediting the surge");

  await workflow.getByRole("button", { name: "Send to review" }).click();
  const proposal = workflow.getByRole("form", { name: "Send to review" });
  await proposal.getByLabel("Proposed verdict").selectOption("disputed");
  await proposal.getByLabel("Rationale").fill("Serious analysts credit the surge; the article's claim is contested.");
  await proposal.getByRole("button", { name: "Send to review" }).click();
  await expect(workflow.getByTestId("workflow-proposal")).toContainText("waiting for review");

  // 2. The editor sees the card move, live.
  await expect(card("Ready for review")).toBeVisible({ timeout: 2_000 });
  await expect(card("Ready for review")).toContainText("Disputed");

  // 3. The editor returns it once, with a comment.
  await card("Ready for review").click();
  const editorPanel = editor.getByTestId("claim-panel");
  const editorWorkflow = editorPanel.getByRole("region", { name: "Workflow" });
  await editorWorkflow.getByRole("button", { name: "Return" }).click();
  const returning = editorWorkflow.getByRole("form", { name: "Return" });
  await returning.getByLabel("Comment for the checker").fill("Name the analysts, and add a second independent source.");
  await returning.getByRole("button", { name: "Return" }).click();
  await expect(card("Returned")).toBeVisible();

  // The checker sees it come back, with the comment in the discussion, and proposes again.
  await expect(workflow.getByTestId("workflow-proposal")).toContainText("returned for rework", { timeout: 2_000 });
  await expect(panel).toContainText("Name the analysts, and add a second independent source.");
  await workflow.getByRole("button", { name: "Send to review" }).click();
  const again = workflow.getByRole("form", { name: "Send to review" });
  await again.getByLabel("Proposed verdict").selectOption("disputed");
  await again.getByLabel("Rationale").fill("Petraeus credited the surge; Steele credits the Sadr ceasefire. Both are on record.");
  await again.getByRole("button", { name: "Send to review" }).click();
  await expect(card("Ready for review")).toBeVisible({ timeout: 2_000 });

  // 4. The editor approves; the verdict is published.
  await expect(editorWorkflow.getByRole("button", { name: "Approve and publish" })).toBeVisible({ timeout: 2_000 });
  await editorWorkflow.getByRole("button", { name: "Approve and publish" }).click();
  await expect(card("Published")).toBeVisible();
  await expect(editorWorkflow.getByTestId("workflow-published")).toContainText("approved by Eda Editor");

  // 5. The article and graph views show the published verdict.
  await expect(workflow.getByTestId("workflow-published")).toContainText("Disputed", { timeout: 2_000 });
  await expect(checker.locator(`article .claim-marker[data-claim-id="${surge.id}"]`)).toHaveAttribute("data-verdict", "disputed");
  await checker.goto(`/boards/${boardId}/graph`);
  await expect(checker.locator(`.react-flow__node[data-id="${surge.id}"]`)).toHaveAttribute("data-verdict", "disputed");

  // 6. A viewer sees it all but can change nothing.
  const viewerContext = await contextAs(browser, "viewer");
  const viewer = await viewerContext.newPage();
  await viewer.goto(`/boards/${boardId}`);
  const viewerPanel = await openSurgeClaim(viewer);
  const viewerWorkflow = viewerPanel.getByRole("region", { name: "Workflow" });
  await expect(viewerWorkflow.getByTestId("workflow-published")).toContainText("Disputed");
  await expect(viewerWorkflow.getByRole("button")).toHaveCount(0);
  await expect(viewerPanel.getByRole("button", { name: "+ New evidence" })).toHaveCount(0);
  const attempt = await viewerContext.request.post(`/api/boards/${boardId}/claims/${surge.id}/workflow`, {
    data: { type: "correct", verdict: "false", reason: "I disagree." },
  });
  expect(attempt.status()).toBe(403);
  const edit = await viewerContext.request.patch(`/api/boards/${boardId}/claims/${surge.id}`, { data: { statement: "Changed" } });
  expect(edit.status()).toBe(403);
  const after = (await exportBoard(request, boardId)).claims.find((claim) => claim.id === surge.id)!;
  expect(after).toMatchObject({ verdict: "disputed", statement: surge.statement });

  for (const page of [checker, editor, viewer]) await page.context().close();
});
