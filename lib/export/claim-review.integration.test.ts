import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getBoardClaimReviews } from "../data/boards/get-board-claim-reviews";
import { DataError } from "../data/errors";
import { BASRA_SEED_KEY, readSeedBoard } from "../seed/read-seed-board";
import { importSeedBoard } from "../data/seed/import-seed-board";
import { applyClaimWorkflowCommand } from "../data/workflow/apply-claim-workflow-command";
import { createTestDatabase, TEST_PROVIDERS, type TTestDatabase } from "../testing/test-databases";
import { createTestMember, createTestOutsider, type TTestMember } from "../testing/test-members";

const ANONYMOUS = { userId: null, roles: {} };
const ORIGIN = "https://claims.example";

describe.each(TEST_PROVIDERS)("ClaimReview export on %s", (provider) => {
  let database: TTestDatabase;
  let boardId: string;
  let viewer: TTestMember;
  let outsider: TTestMember;
  let publishedStatement: string;
  let publishedNumber: number;
  let publishedSpeaker: string;
  let publishedOn: string;
  let workspaceName: string;

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    boardId = (await importSeedBoard(database.db, readSeedBoard(BASRA_SEED_KEY))).boardId;
    const { workspaceId } = await database.db.board.findUniqueOrThrow({ where: { id: boardId } });
    workspaceName = (await database.db.workspace.findUniqueOrThrow({ where: { id: workspaceId } })).name;
    viewer = await createTestMember(database.db, workspaceId, "viewer");
    outsider = await createTestOutsider(database.db);
    const checker = await createTestMember(database.db, workspaceId, "checker");
    const editor = await createTestMember(database.db, workspaceId, "editor");
    // Through the workflow, as a team would: a checker takes and proposes, another person (an editor) approves.
    const run = (member: TTestMember, claimId: string, input: Parameters<typeof applyClaimWorkflowCommand>[4]) =>
      applyClaimWorkflowCommand(database.db, member.actor, boardId, claimId, input);
    const [first, second] = await database.db.claim.findMany({
      where: { boardId, links: { some: {} } },
      orderBy: { positionStart: "asc" },
      take: 2,
    });
    publishedStatement = first!.statement;
    publishedNumber = first!.number;
    publishedSpeaker = first!.speaker;
    for (const [claim, verdict] of [[first!, "false"], [second!, "verified"]] as const) {
      await run(checker, claim.id, { type: "take" });
      await run(checker, claim.id, { type: "propose", verdict, rationale: "The cited sources say so." });
    }
    const published = (await run(editor, first!.id, { type: "approve" })).claim;
    expect(published).toMatchObject({ stage: "published", verdict: "false", proposedById: checker.userId, approvedById: editor.userId });
    publishedOn = published.publishedAt!.slice(0, 10);
    // The second claim's verdict is waiting for review: not yet a published fact-check.
    await database.db.workspace.update({
      where: { id: workspaceId },
      data: { verdictScale: JSON.stringify({ false: { label: "Pants on fire", ratingValue: 1 } }) },
    });
  });
  afterAll(async () => {
    await database?.drop();
  });

  const rejection = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error);

  it("gives members one review per published claim, in the workspace's words", async () => {
    const graph = await getBoardClaimReviews(database.db, viewer.actor, boardId, ORIGIN);
    expect(graph["@graph"]).toEqual([
      expect.objectContaining({
        "@type": "ClaimReview",
        // The claim's permalink, under the public origin.
        url: `${ORIGIN}/boards/${boardId}/claims/${publishedNumber}`,
        claimReviewed: publishedStatement,
        reviewBody: "The cited sources say so.",
        datePublished: publishedOn,
        // Of the seeded article only the byline is known; its headline, date and address are not claimed.
        itemReviewed: {
          "@type": "Claim",
          author: { name: publishedSpeaker === "the author" ? "Jonathan Steele" : publishedSpeaker },
          appearance: { "@type": "CreativeWork", author: "Jonathan Steele" },
        },
        author: { "@type": "Organization", name: workspaceName },
        reviewRating: { "@type": "Rating", ratingValue: 1, bestRating: 5, worstRating: 1, alternateName: "Pants on fire" },
      }),
    ]);
  });

  it("hides a private board's reviews from outsiders and anonymous readers with 404", async () => {
    for (const actor of [outsider.actor, ANONYMOUS]) {
      const error = await rejection(getBoardClaimReviews(database.db, actor, boardId, ORIGIN));
      expect(error).toBeInstanceOf(DataError);
      expect((error as DataError).code).toBe("not_found");
    }
  });

  it("lets anyone read a public board's reviews", async () => {
    await database.db.board.update({ where: { id: boardId }, data: { visibility: "public" } });
    try {
      const graph = await getBoardClaimReviews(database.db, ANONYMOUS, boardId, ORIGIN);
      expect(graph["@graph"]).toHaveLength(1);
    } finally {
      await database.db.board.update({ where: { id: boardId }, data: { visibility: "private" } });
    }
  });
});
