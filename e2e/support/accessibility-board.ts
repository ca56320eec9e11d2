// A small board with one of every kind of thing a board page draws, for the accessibility spec: claims in
// every workflow stage and with every published verdict (one corrected), evidence linked with every stance,
// relations both ways, undercuts on a link and on a relation, linked premises, a due date and a threaded
// discussion. axe looks at each kind of element once here instead of at the 73 claims of the Basra board,
// where the repeated elements added time and nothing else.
import { expect, type APIRequestContext } from "@playwright/test";

type TClaimPlan =
  | { quote: string; stage: "unassigned" }
  | { quote: string; stage: "researching"; dueOn: string }
  | { quote: string; stage: "ready_for_review" | "returned"; verdict: string }
  | { quote: string; stage: "published"; verdict: string; correctedTo?: string };

// The first claim is the one the spec opens: it has evidence, relations, an undercut, linked premises and comments.
const CLAIMS: TClaimPlan[] = [
  { quote: "The river flooded forty homes on Tuesday.", stage: "published", verdict: "verified" },
  { quote: "The council had been warned in March.", stage: "published", verdict: "mostly_accurate" },
  { quote: "Nobody was told to leave.", stage: "published", verdict: "misleading" },
  { quote: "The levee was built in 1962.", stage: "published", verdict: "disputed" },
  { quote: "Rainfall broke every record.", stage: "published", verdict: "false" },
  { quote: "The pumps were switched off.", stage: "published", verdict: "unverifiable" },
  { quote: "The mayor handled it badly.", stage: "published", verdict: "opinion" },
  { quote: "Insurance will cover every home.", stage: "published", verdict: "misleading", correctedTo: "false" },
  { quote: "Repairs will cost two million.", stage: "ready_for_review", verdict: "mostly_accurate" },
  { quote: "The same street flooded in 2019.", stage: "returned", verdict: "verified" },
  { quote: "Three families are still in hotels.", stage: "researching", dueOn: "2030-01-15" },
  { quote: "More rain is due this week.", stage: "unassigned" },
];
const ARTICLE = CLAIMS.map((claim) => claim.quote).join(" ");

const ok = async (response: Awaited<ReturnType<APIRequestContext["post"]>>, status = 200) => {
  expect(response.status(), await response.text()).toBe(status);
  return (await response.json()) as { id: string };
};

/**
 * Makes the board as a team would: the editor creates it and its argument, the checker researches and proposes,
 * the editor approves, returns and corrects. Public, so signed-out readers see it too. Answers its id.
 */
export async function createAccessibilityBoard(editor: APIRequestContext, checker: APIRequestContext): Promise<string> {
  const board = await ok(await editor.post("/api/boards", { data: { title: "Accessibility fixture: the river flood", article: { text: ARTICLE } } }), 201);
  const api = `/api/boards/${board.id}`;
  const claimIds: string[] = [];
  for (const { quote } of CLAIMS) {
    const start = ARTICLE.indexOf(quote);
    const selector = { exact: quote, prefix: ARTICLE.slice(Math.max(0, start - 20), start), suffix: ARTICLE.slice(start + quote.length, start + quote.length + 20), start, end: start + quote.length };
    claimIds.push((await ok(await editor.post(`${api}/claims`, { data: { statement: quote, selector, kind: "other" } }), 201)).id);
  }

  // Three sources; every claim but the last gets one, the stances taking turns.
  const stances = ["supports", "disputes", "context"] as const;
  const sources = ["Council minutes, March", "Weather service rainfall table", "Residents' association letter"];
  const evidenceIds: string[] = [];
  const linkIds: string[] = [];
  for (const [index, claimId] of claimIds.slice(0, -1).entries()) {
    const stance = stances[index % 3]!;
    if (index < sources.length) {
      const created = await editor.post(`${api}/evidence`, {
        data: { title: sources[index], sourceType: "other", url: `https://example.org/source-${index + 1}`, reliability: 2 + index, link: { claimId, stance } },
      });
      const evidence = (await ok(created, 201)) as { id: string; link: { id: string } };
      evidenceIds.push(evidence.id);
      linkIds.push(evidence.link.id);
    } else {
      linkIds.push((await ok(await editor.post(`${api}/links`, { data: { claimId, evidenceId: evidenceIds[index % 3], stance, strength: 4 } }), 201)).id);
    }
  }

  const supports = await ok(await editor.post(`${api}/relations`, { data: { fromClaimId: claimIds[1], toClaimId: claimIds[0], type: "supports", note: "The warning came first." } }), 201);
  await ok(await editor.post(`${api}/relations`, { data: { fromClaimId: claimIds[4], toClaimId: claimIds[0], type: "attacks" } }), 201);
  await ok(await editor.post(`${api}/undercuts`, { data: { fromClaimId: claimIds[3], target: { type: "link", id: linkIds[0] }, note: "The minutes are a draft." } }), 201);
  await ok(await editor.post(`${api}/undercuts`, { data: { fromClaimId: claimIds[5], target: { type: "relation", id: supports.id } } }), 201);
  await ok(await editor.post(`${api}/premise-groups`, { data: { premiseClaimIds: [claimIds[2], claimIds[6]], toClaimId: claimIds[0], type: "supports", note: "Together, not apart." } }), 201);

  const comment = await ok(await checker.post(`${api}/claims/${claimIds[0]}/comments`, { data: { body: "Is forty the council's figure or the fire service's?" } }), 201);
  await ok(await editor.post(`${api}/claims/${claimIds[0]}/comments`, { data: { body: "The fire service's; the council says 38.", parentId: comment.id } }), 201);

  for (const [index, plan] of CLAIMS.entries()) {
    const workflow = `${api}/claims/${claimIds[index]}/workflow`;
    if (plan.stage === "unassigned") continue;
    await ok(await checker.post(workflow, { data: { type: "take" } }));
    if (plan.stage === "researching") {
      await ok(await editor.put(`${api}/claims/${claimIds[index]}/due-date`, { data: { dueOn: plan.dueOn } }));
      continue;
    }
    await ok(await checker.post(workflow, { data: { type: "propose", verdict: plan.verdict, rationale: "The linked source says so." } }));
    if (plan.stage === "returned") await ok(await editor.post(workflow, { data: { type: "return", comment: "Which year's map is this?" } }));
    if (plan.stage !== "published") continue;
    await ok(await editor.post(workflow, { data: { type: "approve" } }));
    if (plan.correctedTo) await ok(await editor.post(workflow, { data: { type: "correct", verdict: plan.correctedTo, reason: "The policy excludes river floods." } }));
  }

  await ok(await editor.put(`${api}/visibility`, { data: { visibility: "public" } }));
  return board.id;
}
