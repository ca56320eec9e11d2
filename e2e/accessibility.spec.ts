import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { SIGNED_OUT, storageStatePath } from "./accounts";
import { seededBoardId } from "./helpers";

// axe-core on every page, signed in and out, at desktop and phone sizes, in the light and dark themes: no violations of any rule
// axe runs by default (WCAG 2 A/AA and its best practices, landmarks and regions included).

const SIZES = [
  { name: "desktop", viewport: { width: 1280, height: 800 } },
  { name: "phone", viewport: { width: 390, height: 844 } },
] as const;

type TPageCheck = {
  name: string;
  path: (ids: { boardId: string; workspaceId: string }) => string;
  open?: (page: Page, signedIn: boolean) => Promise<void>;
};

const openFirstClaim = async (page: Page, signedIn: boolean) => {
  // On a phone the claims are one switch away from the article.
  const show = page.getByRole("group", { name: "Show" }).getByRole("button", { name: /^Claims/ });
  if (await show.isVisible()) await show.click();
  await page.getByRole("complementary", { name: "Claims" }).getByRole("listitem").first().getByRole("button").click();
  await expect(page.getByTestId("claim-panel").getByRole("heading", { name: "Evidence", exact: true })).toBeVisible();
  // Members also get the discussion, which loads on its own: wait for it before axe looks. Readers never see it.
  if (signedIn) await expect(page.getByTestId("claim-panel").getByRole("heading", { name: /\(\d+ comments?\)/ })).toBeVisible();
};

const BOARD_PAGES: TPageCheck[] = [
  { name: "article", path: ({ boardId }) => `/boards/${boardId}` },
  { name: "article with a claim open", path: ({ boardId }) => `/boards/${boardId}`, open: openFirstClaim },
  { name: "graph", path: ({ boardId }) => `/boards/${boardId}/graph` },
  { name: "review board", path: ({ boardId }) => `/boards/${boardId}/review` },
  { name: "activity", path: ({ boardId }) => `/boards/${boardId}/activity` },
  { name: "report", path: ({ boardId }) => `/boards/${boardId}/report` },
  { name: "ClaimReview preview", path: ({ boardId }) => `/boards/${boardId}/claim-review` },
];
const PUBLIC_PAGES: TPageCheck[] = [
  { name: "home", path: () => "/" },
  { name: "sign-in", path: () => "/sign-in" },
  { name: "sign-up", path: () => "/sign-up" },
  { name: "password reset with an unusable link", path: () => `/reset-password/${"A".repeat(43)}` },
  ...BOARD_PAGES,
];
const MEMBER_PAGES: TPageCheck[] = [
  ...PUBLIC_PAGES,
  { name: "new board", path: () => "/boards/new" },
  { name: "members", path: ({ workspaceId }) => `/workspaces/${workspaceId}/members` },
  { name: "verdict scale", path: ({ workspaceId, boardId }) => `/workspaces/${workspaceId}/verdict-scale?board=${boardId}` },
  { name: "board settings", path: ({ boardId }) => `/boards/${boardId}/settings` },
  { name: "archived boards", path: () => "/boards/archived" },
  { name: "account", path: () => "/account" },
  { name: "my work", path: () => "/my-work" },
];

async function expectNoViolations(page: Page) {
  // Violations only: collecting every passing node too took about a third of each check on the long pages.
  const { violations } = await new AxeBuilder({ page }).options({ resultTypes: ["violations"] }).analyze();
  const summary = violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 5).join(", ")}`);
  expect(summary).toEqual([]);
}

// Light for everyone; dark (the system's choice, which the app follows) signed in on a desktop and signed out on a phone.
const RUNS = [
  ...[true, false].flatMap((signedIn) => SIZES.map((size) => ({ signedIn, size, scheme: "light" as const }))),
  { signedIn: true, size: SIZES[0], scheme: "dark" as const },
  { signedIn: false, size: SIZES[1], scheme: "dark" as const },
];

for (const { signedIn, size, scheme } of RUNS) {
  test.describe(`${signedIn ? "signed in" : "signed out"}, ${size.name}${scheme === "dark" ? ", dark" : ""}`, () => {
    test.use({ viewport: size.viewport, storageState: signedIn ? storageStatePath("editor") : SIGNED_OUT, colorScheme: scheme });
    for (const check of signedIn ? MEMBER_PAGES : PUBLIC_PAGES) {
      test(`${check.name} has no axe violations`, async ({ page, request }) => {
        // axe checks every node of a 73-claim article or graph: slow on a loaded machine.
        test.setTimeout(180_000);
        const boardId = await seededBoardId(request);
        const board = (await (await request.get(`/api/boards/${boardId}`)).json()) as { workspaceId: string };
        await page.goto(check.path({ boardId, workspaceId: board.workspaceId }));
        await expect(page.locator("main")).toBeVisible();
        if (check.path({ boardId, workspaceId: "" }).startsWith(`/boards/${boardId}`)) {
          await expect(page.getByTestId("live-status")).toContainText("Live");
        }
        if (check.name === "graph") await expect(page.locator(".react-flow__node").first()).toBeVisible();
        await check.open?.(page, signedIn);
        await expectNoViolations(page);
      });
    }
  });
}
