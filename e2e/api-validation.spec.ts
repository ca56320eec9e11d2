import { expect, test, type APIRequestContext } from "@playwright/test";
import { exportBoard, seededBoardId } from "./helpers";

// Bad input gets a 4xx with a message a person can act on, and writes nothing.
test.describe("the JSON API refuses bad input", () => {
  let boardId: string;
  let snapshot: string;
  test.beforeAll(async ({ request }) => {
    boardId = await seededBoardId(request);
  });
  const boardState = async (request: APIRequestContext) => {
    const board = (await exportBoard(request, boardId)) as unknown as Record<string, unknown>;
    delete board.exportedAt;
    return JSON.stringify(board);
  };
  test.beforeEach(async ({ request }) => {
    snapshot = await boardState(request);
  });
  test.afterEach(async ({ request }) => {
    expect(await boardState(request), "the board must be unchanged").toBe(snapshot);
  });

  test("lists boards and exports the documented format", async ({ request }) => {
    const board = await exportBoard(request, boardId);
    expect(board).toMatchObject({ format: "claimgraph.board.v2", strengthSettled: true });
    expect(board.claims.length).toBeGreaterThanOrEqual(30);
    for (const claim of board.claims) {
      expect(board.article.text.slice(claim.selector.start, claim.selector.end)).toBe(claim.selector.exact);
    }
  });

  test("unknown ids are 404", async ({ request }) => {
    const board = await exportBoard(request, boardId);
    expect((await request.get("/api/boards/no-such-board/export")).status()).toBe(404);
    expect((await request.get("/api/boards/bad%20id!/export")).status()).toBe(404);
    const response = await request.post(`/api/boards/${boardId}/links`, {
      data: { claimId: "no-such-claim", evidenceId: board.evidence[0]!.id, stance: "supports" },
    });
    expect(response.status()).toBe(404);
    expect((await response.json()).error).toBe("Claim was not found.");
    expect((await request.patch(`/api/boards/${boardId}/claims/no-such-claim`, { data: { statement: "x" } })).status()).toBe(404);
    expect((await request.post(`/api/boards/${boardId}/claims/no-such-claim/workflow`, { data: { type: "take" } })).status()).toBe(404);
    expect((await request.delete(`/api/boards/${boardId}/evidence/no-such-evidence`)).status()).toBe(404);
  });

  test("an invalid stance or verdict is 400 and names the allowed values", async ({ request }) => {
    const board = await exportBoard(request, boardId);
    const stance = await request.post(`/api/boards/${boardId}/links`, {
      data: { claimId: board.claims[0]!.id, evidenceId: board.evidence[0]!.id, stance: "agrees" },
    });
    expect(stance.status()).toBe(400);
    expect((await stance.json()).error).toContain("stance must be one of: supports, disputes, context");
    const claimId = board.claims[0]!.id;
    const verdict = await request.post(`/api/boards/${boardId}/claims/${claimId}/workflow`, {
      data: { type: "propose", verdict: "pants-on-fire", rationale: "Because." },
    });
    expect(verdict.status()).toBe(400);
    expect((await verdict.json()).error).toContain("verdict must be one of");
    // Verdicts are never set by editing a claim: the refusal points at the workflow.
    const direct = await request.patch(`/api/boards/${boardId}/claims/${claimId}`, { data: { verdict: "false" } });
    expect(direct.status()).toBe(400);
    expect((await direct.json()).error).toContain("change only through the workflow");
  });

  test("javascript: and malformed URLs are 400", async ({ request }) => {
    for (const url of ["javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,hi", "not a url", "//example.org/x", "ftp://example.org/x"]) {
      const response = await request.post(`/api/boards/${boardId}/evidence`, { data: { title: "Bad link", sourceType: "other", url } });
      expect(response.status(), url).toBe(400);
      const body = await response.json();
      // In plain words for the person; the issue keeps the API field name for programs.
      expect(body.error).toBe("The source link must be a web address starting with http:// or https://.");
      expect(body.issues).toEqual([{ path: "url", message: "url must be a web address starting with http:// or https://" }]);
    }
  });

  test("over-long text, wrong types and non-JSON bodies are 400", async ({ request }) => {
    const long = await request.post(`/api/boards/${boardId}/evidence`, { data: { title: "x".repeat(301), sourceType: "other" } });
    expect(long.status()).toBe(400);
    expect((await long.json()).error).toContain("title is too long (at most 300 characters, counted as UTF-16 code units");
    const wrongType = await request.post(`/api/boards/${boardId}/evidence`, { data: { title: "Fine", sourceType: "other", reliability: "high" } });
    expect(wrongType.status()).toBe(400);
    expect((await wrongType.json()).error).toBe("Reliability must be a number from 1 to 5.");
    const notJson = await request.post(`/api/boards/${boardId}/evidence`, { data: Buffer.from("{not json"), headers: { "content-type": "application/json" } });
    expect(notJson.status()).toBe(400);
    expect((await notJson.json()).error).toBe("Request body must be JSON.");
    const notDeclaredJson = await request.post(`/api/boards/${boardId}/evidence`, {
      data: Buffer.from(JSON.stringify({ title: "Fine", sourceType: "other" })),
      headers: { "content-type": "text/plain" },
    });
    expect(notDeclaredJson.status()).toBe(400);
    expect((await notDeclaredJson.json()).error).toContain("Content-Type: application/json");
    const notObject = await request.post(`/api/boards/${boardId}/evidence`, { data: ["a list"] });
    expect(notObject.status()).toBe(400);
    expect((await notObject.json()).error).toBe("Request body must be a JSON object.");
    const huge = await request.post(`/api/boards/${boardId}/evidence`, { data: { title: "Big", sourceType: "other", excerpt: "x".repeat(1_100_000) } });
    expect(huge.status()).toBe(413);
    expect((await huge.json()).error).toContain("too large");
    const unknownField = await request.post(`/api/boards/${boardId}/evidence`, { data: { title: "Fine", sourceType: "other", verdict: "false" } });
    expect(unknownField.status()).toBe(400);
  });

  test("a duplicate link is 409", async ({ request }) => {
    const board = await exportBoard(request, boardId);
    const existing = board.links[0]!;
    const response = await request.post(`/api/boards/${boardId}/links`, {
      data: { claimId: existing.claimId, evidenceId: existing.evidenceId, stance: "context" },
    });
    expect(response.status()).toBe(409);
    expect((await response.json()).error).toContain("already linked");
  });

  test("a stale version is 409 with the current claim", async ({ request }) => {
    const board = await exportBoard(request, boardId);
    const claim = board.claims[0]!;
    const response = await request.patch(`/api/boards/${boardId}/claims/${claim.id}`, { data: { version: 0, statement: "Stale" } });
    expect(response.status()).toBe(400); // versions start at 1
    const current = await (await request.get(`/api/boards/${boardId}`)).json();
    const version = current.claims.find((c: { id: string }) => c.id === claim.id).version as number;
    const stale = await request.patch(`/api/boards/${boardId}/claims/${claim.id}`, { data: { version: version + 5, statement: "Stale" } });
    expect(stale.status()).toBe(409);
    const body = await stale.json();
    expect(body.error).toContain("Someone else changed this claim");
    expect(body.current).toMatchObject({ id: claim.id, version });
  });

  test("a quote that is not in the article is 422", async ({ request }) => {
    const response = await request.post(`/api/boards/${boardId}/claims`, {
      data: { statement: "Made up", selector: { exact: "words never written", prefix: "", suffix: "", start: 0, end: 19 } },
    });
    expect(response.status()).toBe(422);
    expect((await response.json()).error).toContain("does not match the article");
  });
});
