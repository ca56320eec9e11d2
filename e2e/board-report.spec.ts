import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { isPdf, pdfText } from "../lib/testing/pdf-text";
import { SIGNED_OUT } from "./accounts";
import { publishVerdict, seededBoardId } from "./helpers";

// The printable board report, its PDF and CSV downloads, and the ClaimReview preview, in the real app.
type TNumberedClaim = { id: string; number: number; statement: string; stage: string };

test.describe.serial("board report and publishing", () => {
  let boardId: string;
  let published: TNumberedClaim;
  let claimCount: number;

  test.beforeAll(async ({ browser, request }) => {
    boardId = await seededBoardId(request);
    const claims = ((await (await request.get(`/api/boards/${boardId}`)).json()) as { claims: TNumberedClaim[] }).claims;
    claimCount = claims.length;
    // One nobody has worked on yet (other specs may have published some), published here as a team would.
    published = claims.find((claim) => claim.stage === "unassigned")!;
    await publishVerdict(browser, boardId, published.id, "false");
  });

  const openReport = async (page: Page) => {
    await page.goto(`/boards/${boardId}/report`);
    await expect(page.getByRole("heading", { name: "Fact-check report" })).toBeVisible();
  };

  test("opens the report: the article with numbered claim markers, and each claim with its published finding", async ({ page }) => {
    await openReport(page);
    await expect(page.getByRole("navigation", { name: "Board views" }).getByRole("link", { name: "Report", exact: true })).toHaveAttribute("aria-current", "page");
    const marker = page.locator(".report-article").getByRole("link", { name: `Claim ${published.number}`, exact: true });
    await expect(marker).toHaveText(`[${published.number}]`);
    const claim = page.locator(`#claim-${published.number}`);
    await expect(claim.getByRole("heading", { level: 4 })).toContainText(published.statement);
    await expect(claim).toContainText("E2E: set up by the test.");
    await expect(claim.locator(".verdict-badge")).toHaveAttribute("data-verdict", "false");
    await expect(claim.getByRole("heading", { name: "Evidence" })).toBeVisible();
    await expect(claim).toContainText(`E2E source for ${published.id}`);
    await page.screenshot({ path: "test-results/board-report-top-1440.png" });
    // Following a marker leads to its claim.
    await marker.click();
    await expect(page).toHaveURL(new RegExp(`#claim-${published.number}$`));
    await expect(claim).toBeInViewport();
    // Claims not yet published say so rather than show any verdict.
    await expect(page.locator(".report-claim").filter({ hasText: "No published verdict yet" }).first()).toBeVisible();
    await page.screenshot({ path: "test-results/board-report-1440.png" });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/boards/${boardId}/report#claim-${published.number}`);
    await expect(claim).toBeInViewport();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: "test-results/board-report-390.png" });
  });

  test("prints without the app's chrome: the print stylesheet applies", async ({ page }) => {
    await openReport(page);
    await page.emulateMedia({ media: "print" });
    await expect(page.locator(".board-header")).toBeHidden();
    await expect(page.locator(".app-header")).toBeHidden();
    await expect(page.getByRole("group", { name: "Report downloads" })).toBeHidden();
    await expect(page.locator(".report-print-title")).toBeVisible();
    // The page flows onto paper instead of scrolling inside a fixed-height pane.
    expect(await page.locator(".report-page").evaluate((element) => getComputedStyle(element).overflowY)).toBe("visible");
    await page.screenshot({ path: "test-results/board-report-print.png" });
    await page.emulateMedia({ media: "screen" });
    await expect(page.locator(".board-header")).toBeVisible();
    await expect(page.locator(".report-print-title")).toBeHidden();
  });

  test("downloads the report as a valid PDF carrying the claims and the published finding", async ({ page }) => {
    await openReport(page);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download PDF" }).click()]);
    expect(download.suggestedFilename()).toBe(`claimgraph-report-${boardId}.pdf`);
    await download.saveAs("test-results/board-report.pdf");
    const pdf = await readFile(await download.path());
    expect(isPdf(pdf)).toBe(true);
    const text = pdfText(pdf).replace(/\s+/g, " ");
    expect(text).toContain("Fact-check report");
    expect(text).toContain(`#${published.number} `);
    expect(text).toContain("E2E: set up by the test.");
    for (let number = 1; number <= Math.min(claimCount, 5); number++) expect(text).toContain(`[${number}]`);
  });

  test("downloads the claims as CSV, one row per claim", async ({ page }) => {
    await openReport(page);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download claims CSV" }).click()]);
    expect(download.suggestedFilename()).toBe(`claimgraph-claims-${boardId}.csv`);
    const csv = (await readFile(await download.path(), "utf8")).replace(/^\uFEFF/, "");
    const lines = csv.split("\r\n").filter(Boolean);
    expect(lines[0]).toBe("number,statement,speaker,quote,stage,published_verdict,published_on,assignee,due_on,evidence,supporting,disputing,context,permalink");
    expect(lines.length).toBeGreaterThanOrEqual(claimCount + 1);
    const row = lines.find((line) => line.startsWith(`${published.number},`))!;
    expect(row).toContain(",Published,");
    expect(row.endsWith(`/boards/${boardId}/claims/${published.number}`)).toBe(true);
  });

  test.describe("signed out", () => {
    test.use({ storageState: SIGNED_OUT });

    test("a reader of the public board reads the report and a readable ClaimReview preview with permalinks", async ({ page, baseURL }) => {
      await openReport(page);
      await expect(page.locator(`#claim-${published.number}`)).toContainText("E2E: set up by the test.");
      await page.getByRole("navigation", { name: "Board views" }).getByRole("link", { name: "ClaimReview" }).click();
      await expect(page.getByRole("heading", { name: "ClaimReview", level: 2 })).toBeVisible();
      const permalink = `${baseURL}/boards/${boardId}/claims/${published.number}`;
      await expect(page.getByRole("link", { name: permalink })).toBeVisible();
      await expect(page.getByText("E2E: set up by the test.").first()).toBeVisible();
      await page.screenshot({ path: "test-results/claim-review-preview-1440.png" });
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download JSON-LD" }).click()]);
      const graph = JSON.parse(await readFile(await download.path(), "utf8")) as { "@graph": { url: string; reviewBody: string }[] };
      expect(graph["@graph"]).toContainEqual(expect.objectContaining({ url: permalink, reviewBody: "E2E: set up by the test." }));
      expect(JSON.stringify(graph)).not.toContain("localhost");
    });
  });
});
