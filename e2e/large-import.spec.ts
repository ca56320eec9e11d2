import { expect, test } from "@playwright/test";
import { boardPlanToExport } from "../lib/export/board-plan-to-export";
import { generateSyntheticBoard } from "../lib/seed/synthetic-board";

// Well past the first slice a board page carries (200 claims), and enough rows for the import to report progress.
const CLAIMS = 2_000;
const exported = boardPlanToExport(generateSyntheticBoard({ claims: CLAIMS, evidence: 500, links: 2_000, relations: 300, seed: 21 }));
/** What a board page's HTML may weigh whatever the board's size: the article, the first slice, the shell. */
const MAX_PAGE_BYTES = 1_500_000;

test("a large import shows its progress in words and ends on the new board, whose page is bounded and loads the rest", async ({ page, request }) => {
  const tablesAsked = new Set<string>();
  page.on("request", (sent) => {
    const table = /\/rows\?table=(\w+)/.exec(sent.url())?.[1];
    if (table) tablesAsked.add(table);
  });
  await page.goto("/boards/new");
  const form = page.getByRole("form", { name: "Import a board" });
  await form.getByLabel("Board file (from Export JSON)").setInputFiles({
    name: "large.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(exported)),
  });
  await form.getByRole("button", { name: "Import board" }).click();
  const status = form.getByRole("status");
  await expect(status).toContainText(/(Sending the file|Step [12] of 2|Opening the board)/);
  await expect(form.getByRole("progressbar", { name: "Import progress" }).or(page.getByRole("progressbar", { name: "Loading the board" }))).toBeVisible();
  await expect(page).toHaveURL(/\/boards\/(?!new)[^/]+$/, { timeout: 60_000 });
  const boardId = page.url().split("/boards/")[1]!;

  // Every claim arrives, paged in after the first slice.
  await expect(page.locator("article .claim-marker")).toHaveCount(CLAIMS, { timeout: 30_000 });
  await expect(page.getByRole("status").filter({ hasText: "rows" })).toHaveCount(0);
  // Only tables with rows are asked for: the board has no undercuts, premise groups, saved positions or corrections.
  expect([...tablesAsked].sort()).toEqual(["claims", "evidence", "links", "relations"]);

  const html = await (await request.get(`/boards/${boardId}`)).text();
  expect(html.length).toBeLessThan(MAX_PAGE_BYTES);
  const whole = await (await request.get(`/api/boards/${boardId}`)).text();
  expect(whole.length).toBeGreaterThan(html.length);
});

test("an import asked for progress answers as a stream of progress lines ending with the new board", async ({ request }) => {
  const response = await request.post("/api/boards/import", { data: exported, headers: { accept: "application/x-ndjson" } });
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/x-ndjson");
  const lines = (await response.text()).trim().split("\n").map((line) => JSON.parse(line) as { type: string; phase?: string; id?: string });
  expect(lines.filter((line) => line.type === "progress").map((line) => line.phase)).toEqual(expect.arrayContaining(["checking", "saving"]));
  const done = lines.at(-1)!;
  expect(done).toMatchObject({ type: "done", status: 201 });
  expect((await request.get(`/api/boards/${done.id}`)).status()).toBe(200);

  // Without the ask, the answer stays 201 { id, title } for programs: the title, as a second copy is named apart.
  const plain = await request.post("/api/boards/import", { data: exported });
  expect(plain.status()).toBe(201);
  const created = (await plain.json()) as { id: string; title: string };
  expect(Object.keys(created)).toEqual(["id", "title"]);
  expect(created.title).toMatch(/\(imported \d{4}-\d{2}-\d{2}/);
});
