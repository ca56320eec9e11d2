import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { demoUser, storageStatePath } from "./accounts";
import { seededBoardId } from "./helpers";

// The team review board (/boards/[id]/review): filters in the address, moves
// from the keyboard and by dragging, and bulk assignment, as the demo editor.

type TReviewClaim = { id: string; statement: string; stage: string; assigneeId: string | null };
type TReviewBoardView = { claims: TReviewClaim[]; members: { userId: string; name: string; role: string }[] };

async function boardView(request: APIRequestContext, boardId: string): Promise<TReviewBoardView> {
  const response = await request.get(`/api/boards/${boardId}`);
  expect(response.status()).toBe(200);
  return (await response.json()) as TReviewBoardView;
}

/** Unassigned claims whose statement no other claim's contains, so a card is found by its exact name. */
async function unassignedClaims(request: APIRequestContext, boardId: string): Promise<TReviewClaim[]> {
  const { claims } = await boardView(request, boardId);
  return claims.filter(
    (claim) =>
      claim.stage === "unassigned" &&
      !claims.some((other) => other.id !== claim.id && other.statement.includes(claim.statement)),
  );
}

const column = (page: Page, name: string) => page.getByRole("region", { name, exact: true });
const card = (page: Page, statement: string) => page.getByRole("article", { name: statement, exact: true });

test.describe.serial("the review board", () => {
  test.use({ storageState: storageStatePath("editor") });
  let boardId: string;

  test.beforeAll(async ({ request }) => {
    boardId = await seededBoardId(request);
  });

  test("is reached from the board's tabs and shows a column per stage with progress", async ({ page }) => {
    await page.goto(`/boards/${boardId}`);
    await page.getByRole("navigation", { name: "Board views" }).getByRole("link", { name: "Review", exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/boards/${boardId}/review$`));
    for (const stage of ["Unassigned", "Researching", "Ready for review", "Returned", "Published"]) {
      await expect(column(page, stage)).toBeVisible();
    }
    await expect(page.getByTestId("review-progress")).toContainText(/\d+ of \d+ published/);
  });

  test("keeps its filters in the address, so a reload shows the same view", async ({ page }) => {
    await page.goto(`/boards/${boardId}/review`);
    const count = page.getByTestId("review-count");
    await expect(count).toContainText(/^(\d+) of \1 claims$/);

    await page.getByRole("searchbox", { name: "Search statements and quotes" }).fill("basra");
    await page.locator("summary", { hasText: "Stage:" }).click();
    // The box follows the address, which Next updates a moment after the click.
    const unassigned = page.getByRole("checkbox", { name: "Unassigned", exact: true });
    await unassigned.click();
    await expect(unassigned).toBeChecked();
    await expect(page).toHaveURL(/[?&]stage=unassigned(&|$)/);
    await expect(page).toHaveURL(/[?&]q=basra(&|$)/);
    const filtered = await count.textContent();
    expect(filtered).toMatch(/^\d+ of \d+ claims$/);
    await expect(column(page, "Researching").getByRole("article")).toHaveCount(0);

    await page.reload();
    await expect(page.getByRole("searchbox", { name: "Search statements and quotes" })).toHaveValue("basra");
    await expect(page.getByTestId("review-count")).toHaveText(filtered!);
    await expect(page.locator("summary", { hasText: "Stage:" })).toContainText("Unassigned");
    await expect(column(page, "Unassigned").getByRole("article").first()).toBeVisible();
    await expect(column(page, "Researching").getByRole("article")).toHaveCount(0);

    await page.getByRole("button", { name: "Clear filters" }).click();
    await expect(page).toHaveURL(new RegExp(`/boards/${boardId}/review$`));
    // On a wide screen the filters are all in view; only phones fold them (responsive.spec.ts).
    await expect(page.getByRole("search", { name: "Filter claims" }).getByRole("button", { name: /^Filters/ })).toBeHidden();
    await expect(page.getByRole("search", { name: "Filter claims" }).getByRole("combobox", { name: /^Assignee/ })).toBeVisible();
  });

  test("moves a card from the keyboard: Move to… → Researching takes the claim", async ({ page, request }) => {
    const [claim] = await unassignedClaims(request, boardId);
    expect(claim, "an unassigned claim to take").toBeDefined();
    await page.goto(`/boards/${boardId}/review`);

    const moveButton = card(page, claim!.statement).getByRole("button", { name: "Move to…" });
    await moveButton.focus();
    await page.keyboard.press("Enter");
    const researching = card(page, claim!.statement).getByRole("group", { name: "Move to" }).getByRole("button", { name: /^Researching/ });
    await expect(researching).toBeFocused();
    await page.keyboard.press("Enter");

    const moved = column(page, "Researching").getByRole("article", { name: claim!.statement, exact: true });
    await expect(moved).toBeVisible();
    await expect(moved).toBeFocused();
    await expect(moved).toContainText(demoUser("editor").name);
    await expect(page.getByTestId("review-status")).toContainText("You took");

    const after = (await boardView(request, boardId)).claims.find((item) => item.id === claim!.id)!;
    expect(after.stage).toBe("researching");
  });

  test("explains a drag the workflow refuses, next to the card and in the live region", async ({ page, request }) => {
    const [claim] = await unassignedClaims(request, boardId);
    await page.goto(`/boards/${boardId}/review`);

    await card(page, claim!.statement).dragTo(column(page, "Published"));

    const reason = "Only a claim in Ready for review can be published, by approving it.";
    await expect(page.getByTestId("review-status")).toContainText(reason);
    await expect(column(page, "Unassigned").getByRole("article", { name: claim!.statement, exact: true })).toContainText(reason);
    const after = (await boardView(request, boardId)).claims.find((item) => item.id === claim!.id)!;
    expect(after.stage).toBe("unassigned");
  });

  test("assigns several selected cards at once", async ({ page, request }) => {
    const [first, second] = await unassignedClaims(request, boardId);
    expect(second, "two unassigned claims").toBeDefined();
    const checker = (await boardView(request, boardId)).members.find((member) => member.role === "checker")!;
    await page.goto(`/boards/${boardId}/review?stage=unassigned`);

    await page.getByRole("checkbox", { name: `Select: ${first!.statement}`, exact: true }).check();
    await page.getByRole("checkbox", { name: `Select: ${second!.statement}`, exact: true }).check();
    const bulk = page.getByRole("group", { name: "Bulk actions" });
    await expect(bulk.getByTestId("review-selected-count")).toHaveText("2 selected");
    await bulk.getByRole("combobox", { name: "Assign selected to" }).selectOption(checker.userId);
    await bulk.getByRole("button", { name: "Assign selected" }).click();

    await expect(bulk.getByTestId("review-bulk-result")).toContainText(`Assigned 2 claims to ${checker.name}.`);
    // Filtered to Unassigned, the assigned cards leave the view.
    await expect(card(page, first!.statement)).toHaveCount(0);
    await expect(card(page, second!.statement)).toHaveCount(0);
    const { claims } = await boardView(request, boardId);
    for (const id of [first!.id, second!.id]) {
      expect(claims.find((item) => item.id === id)).toMatchObject({ stage: "researching", assigneeId: checker.userId });
    }
  });
});

test.describe("the review board for a checker", () => {
  test.use({ storageState: storageStatePath("checker") });

  test("offers moves but no assigning or bulk actions", async ({ page, request }) => {
    const boardId = await seededBoardId(request);
    await page.goto(`/boards/${boardId}/review`);
    const first = column(page, "Unassigned").getByRole("article").first();
    await expect(first.getByRole("button", { name: "Move to…" })).toBeVisible();
    await expect(first.getByRole("button", { name: "Assign…" })).toHaveCount(0);
    await expect(page.getByRole("group", { name: "Bulk actions" })).toHaveCount(0);
  });
});
