import { expect, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { contextAs } from "./accounts";

export type TExportedBoard = {
  board: { id: string; title: string };
  article: { text: string };
  claims: { id: string; statement: string; verdict: string; stage?: string; selector: { exact: string; prefix: string; suffix: string; start: number; end: number } }[];
  evidence: { id: string; title: string; url: string | null }[];
  links: { claimId: string; evidenceId: string; stance: string }[];
  relations: { fromClaimId: string; toClaimId: string; type: string }[];
};

export const SURGE_QUOTE = "Deploying an extra 30,000 troops was not the main factor in lessening sectarian attacks";

export async function seededBoardId(request: APIRequestContext): Promise<string> {
  const response = await request.get("/api/boards");
  expect(response.ok()).toBe(true);
  const { boards } = (await response.json()) as { boards: { id: string; title: string }[] };
  const basra = boards.find((board) => board.title.includes("Basra"));
  expect(basra, "the seeded Basra board").toBeDefined();
  return basra!.id;
}

export async function exportBoard(request: APIRequestContext, boardId: string): Promise<TExportedBoard> {
  const response = await request.get(`/api/boards/${boardId}/export`);
  expect(response.status()).toBe(200);
  return (await response.json()) as TExportedBoard;
}

/** Selects the given article text with a real DOM selection and releases the mouse over it. */
export async function selectArticleText(page: Page, quote: string) {
  const box = await page.evaluate((quote) => {
    const runs = [...document.querySelectorAll<HTMLElement>("article [data-start]")];
    const run = runs.find((element) => element.textContent?.includes(quote));
    if (!run) throw new Error(`no single run contains ${quote}`);
    const textNode = run.firstChild!;
    const offset = textNode.textContent!.indexOf(quote);
    const range = document.createRange();
    range.setStart(textNode, offset);
    range.setEnd(textNode, offset + quote.length);
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    const rect = range.getBoundingClientRect();
    return { x: rect.right - 2, y: rect.bottom - 4 };
  }, quote);
  // The article listens for mouseup to offer "Create claim from selection".
  await page.mouse.move(box.x, box.y);
  await page.evaluate(() => document.querySelector("article")!.dispatchEvent(new MouseEvent("mouseup", { bubbles: true })));
}

/**
 * Publishes a verdict on an unassigned claim the way a team would: the demo
 * checker takes it, links a source and proposes; the demo editor approves.
 */
export async function publishVerdict(browser: Browser, boardId: string, claimId: string, verdict: string): Promise<void> {
  const checker = await contextAs(browser, "checker");
  const editor = await contextAs(browser, "editor");
  const workflow = `/api/boards/${boardId}/claims/${claimId}/workflow`;
  expect((await checker.request.post(workflow, { data: { type: "take" } })).status()).toBe(200);
  const evidence = await checker.request.post(`/api/boards/${boardId}/evidence`, {
    data: { title: `E2E source for ${claimId}`, sourceType: "other", link: { claimId, stance: "disputes" } },
  });
  expect(evidence.status()).toBe(201);
  const proposed = await checker.request.post(workflow, { data: { type: "propose", verdict, rationale: "E2E: set up by the test." } });
  expect(proposed.status()).toBe(200);
  expect((await editor.request.post(workflow, { data: { type: "approve" } })).status()).toBe(200);
  await checker.close();
  await editor.close();
}

/**
 * Waits until a small board's graph has every shown node in the page, and returns how many: its first view draws
 * only the nodes in view, and the rest follow (components/graph/use-rest-after-first-view.ts). The overview map
 * always draws every shown node, so the two counts agree once they are all in.
 */
export async function everyNodeDrawn(page: Page): Promise<number> {
  let drawn = 0;
  await expect
    .poll(async () => {
      const [nodes, inOverview] = await Promise.all([page.locator(".react-flow__node").count(), page.locator(".react-flow__minimap-node").count()]);
      drawn = nodes;
      return nodes > 0 && nodes === inOverview;
    })
    .toBe(true);
  return drawn;
}
