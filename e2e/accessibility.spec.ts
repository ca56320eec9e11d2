import AxeBuilder from "@axe-core/playwright";
import { expect, request as apiRequest, test, type APIRequestContext, type BrowserContext, type Page } from "@playwright/test";
import type { ChildProcess } from "node:child_process";
import { demoUser, SIGNED_OUT, type TDemoRole } from "./accounts";
import { createAccessibilityBoard } from "./support/accessibility-board";
import { baseUrl, prepareDatabase, removeSqliteDatabase, specPort, startServer, stopServers, waitUntilServing } from "./support/servers";

// axe-core on every page, signed in and out, at desktop and phone sizes: no violations of any rule axe runs by
// default (WCAG 2 A/AA and its best practices, landmarks and regions included). In the dark theme only colour
// contrast changes, so only that rule runs there, on the pages that draw colours of their own.
//
// The board pages show a small board with one of everything (support/accessibility-board.ts) on a server of
// this spec's own, with its own database: the spec adds that board, and the suite's database stays as the
// other specs expect it. Each run keeps one signed-in page and moves it from page to page.

type TIds = { boardId: string; workspaceId: string };
type TPageCheck = {
  name: string;
  path: (ids: TIds) => string;
  /** Checked in the dark theme too: the page has colours of its own (states, verdicts, roles, graph, forms). */
  dark?: boolean;
  open?: (page: Page, signedIn: boolean) => Promise<void>;
};

const SIZES = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 390, height: 844 },
} as const;

const claimPanelLoaded = async (page: Page, signedIn: boolean) => {
  await expect(page.getByTestId("claim-panel").getByRole("heading", { name: "Evidence", exact: true })).toBeVisible();
  // Members also get the discussion, which loads on its own: wait for it before axe looks. Readers never see it.
  if (signedIn) await expect(page.getByTestId("claim-panel").getByRole("heading", { name: /\(\d+ comments?\)/ })).toBeVisible();
};

const openFirstClaim = async (page: Page, signedIn: boolean) => {
  // On a phone the claims are one switch away from the article.
  const show = page.getByRole("group", { name: "Show" }).getByRole("button", { name: /^Claims/ });
  if (await show.isVisible()) await show.click();
  await page.getByRole("complementary", { name: "Claims" }).getByRole("listitem").first().getByRole("button").click();
  await claimPanelLoaded(page, signedIn);
};

const BOARD_PAGES: TPageCheck[] = [
  { name: "article", path: ({ boardId }) => `/boards/${boardId}` },
  { name: "article with a claim open", path: ({ boardId }) => `/boards/${boardId}`, open: openFirstClaim, dark: true },
  { name: "graph", path: ({ boardId }) => `/boards/${boardId}/graph`, dark: true },
  { name: "review board", path: ({ boardId }) => `/boards/${boardId}/review`, dark: true },
  { name: "activity", path: ({ boardId }) => `/boards/${boardId}/activity`, dark: true },
  { name: "report", path: ({ boardId }) => `/boards/${boardId}/report`, dark: true },
  { name: "ClaimReview preview", path: ({ boardId }) => `/boards/${boardId}/claim-review`, dark: true },
  // The first claim's permalink: published, with evidence, relations, an undercut, linked premises and comments.
  { name: "claim permalink", path: ({ boardId }) => `/boards/${boardId}/claims/1`, open: claimPanelLoaded, dark: true },
];
const PUBLIC_PAGES: TPageCheck[] = [
  { name: "home", path: () => "/", dark: true },
  { name: "sign-in", path: () => "/sign-in", dark: true },
  // The same form and colours as sign-in.
  { name: "sign-up", path: () => "/sign-up" },
  { name: "password reset with an unusable link", path: () => `/reset-password/${"A".repeat(43)}` },
  { name: "invitation with an unusable link", path: () => `/invite/${"A".repeat(43)}` },
  // Results from the fixture board (claims, evidence; comments too when signed in).
  { name: "search", path: () => "/search?q=river+council", dark: true },
  ...BOARD_PAGES,
];
const MEMBER_PAGES: TPageCheck[] = [
  ...PUBLIC_PAGES,
  { name: "new board", path: () => "/boards/new" },
  { name: "members", path: ({ workspaceId }) => `/workspaces/${workspaceId}/members`, dark: true },
  { name: "verdict scale", path: ({ workspaceId, boardId }) => `/workspaces/${workspaceId}/verdict-scale?board=${boardId}`, dark: true },
  { name: "board settings", path: ({ boardId }) => `/boards/${boardId}/settings`, dark: true },
  { name: "archived boards", path: () => "/boards/archived" },
  { name: "account", path: () => "/account" },
  { name: "my work", path: () => "/my-work", dark: true },
];

type TRun = { signedIn: boolean; size: keyof typeof SIZES; scheme: "light" | "dark" };
// Every page in the light theme, signed in and out, desktop and phone. Dark: signed in on a desktop, signed out on a phone.
const RUNS: TRun[] = [
  ...[true, false].flatMap((signedIn) => (["desktop", "phone"] as const).map((size): TRun => ({ signedIn, size, scheme: "light" }))),
  { signedIn: true, size: "desktop", scheme: "dark" },
  { signedIn: false, size: "phone", scheme: "dark" },
];

const database = "data/e2e-accessibility.db";
const base = baseUrl(specPort(9));
let server: ChildProcess | undefined;
let ids: TIds;
let editorState: Awaited<ReturnType<APIRequestContext["storageState"]>>;

async function signedInRequest(role: TDemoRole): Promise<APIRequestContext> {
  // Writes carry the Origin a browser would send: the app refuses them without one.
  const context = await apiRequest.newContext({ baseURL: base, extraHTTPHeaders: { origin: base } });
  const { email, password } = demoUser(role);
  const response = await context.post("/api/auth/sign-in/email", { data: { email, password } });
  expect(response.status(), await response.text()).toBe(200);
  return context;
}

test.beforeAll(async () => {
  test.setTimeout(180_000);
  removeSqliteDatabase(database);
  // Rate limits off: the fixture is made in a burst of requests.
  const env = { ...process.env, DATABASE_URL: `file:./${database}`, CLAIMGRAPH_AUTH_RATE_LIMIT: "off" };
  prepareDatabase(env);
  server = startServer(specPort(9), env);
  await waitUntilServing(base);
  const [editor, checker] = await Promise.all([signedInRequest("editor"), signedInRequest("checker")]);
  const boardId = await createAccessibilityBoard(editor, checker);
  const board = (await (await editor.get(`/api/boards/${boardId}`)).json()) as { workspaceId: string };
  ids = { boardId, workspaceId: board.workspaceId };
  editorState = await editor.storageState();
  await Promise.all([editor.dispose(), checker.dispose()]);
});

test.afterAll(async () => {
  await stopServers([server]);
  removeSqliteDatabase(database);
});

async function openPage(page: Page, check: TPageCheck, signedIn: boolean) {
  const path = check.path(ids);
  await page.goto(path);
  await expect(page.locator("main")).toBeVisible();
  if (path.startsWith(`/boards/${ids.boardId}`)) await expect(page.getByTestId("live-status")).toContainText("Live");
  if (check.name === "graph") await expect(page.locator(".react-flow__node").first()).toBeVisible();
  await check.open?.(page, signedIn);
}

async function expectNoViolations(page: Page, scheme: TRun["scheme"]) {
  // Violations only: collecting every passing node too took about a third of each check on the long pages.
  const axe = new AxeBuilder({ page }).options({ resultTypes: ["violations"] });
  const { violations } = await (scheme === "dark" ? axe.withRules(["color-contrast"]) : axe).analyze();
  const summary = violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 5).join(", ")}`);
  expect(summary).toEqual([]);
}

for (const { signedIn, size, scheme } of RUNS) {
  const pages = (signedIn ? MEMBER_PAGES : PUBLIC_PAGES).filter((check) => scheme === "light" || check.dark);
  test.describe(`${signedIn ? "signed in" : "signed out"}, ${size}${scheme === "dark" ? ", dark (colour contrast)" : ""}`, () => {
    // One browser context and page for the whole run: signed in once, the app's scripts cached after the first page.
    let context: BrowserContext;
    let page: Page;
    test.beforeAll(async ({ browser }) => {
      context = await browser.newContext({
        baseURL: base,
        viewport: SIZES[size],
        colorScheme: scheme,
        storageState: signedIn ? editorState : SIGNED_OUT,
      });
      page = await context.newPage();
    });
    test.afterAll(async () => {
      await context?.close();
    });

    for (const check of pages) {
      test(`${check.name} has no axe violations`, async () => {
        await test.step("open the page", () => openPage(page, check, signedIn));
        await test.step("run axe", () => expectNoViolations(page, scheme));
      });
    }
  });
}
