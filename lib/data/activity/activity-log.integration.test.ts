import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeTextAnchor } from "../../anchoring/describe-text-anchor";
import { ZClaimCreateInput } from "../../schemas/claim";
import { ZEvidenceCreateInput } from "../../schemas/evidence";
import { BASRA_SEED_KEY, readSeedBoard } from "../../seed/read-seed-board";
import { createTestDatabase, TEST_PROVIDERS, type TTestDatabase } from "../../testing/test-databases";
import { LOCAL_OWNER, type TActor } from "../actor";
import { createClaim } from "../claims/create-claim";
import { deleteClaim } from "../claims/delete-claim";
import { updateClaim } from "../claims/update-claim";
import { createEvidence } from "../evidence/create-evidence";
import { deleteEvidence } from "../evidence/delete-evidence";
import { updateEvidenceLink } from "../links/update-evidence-link";
import { createClaimRelation } from "../relations/create-claim-relation";
import { importSeedBoard } from "../seed/import-seed-board";
import { listActivity } from "./list-activity";

const plan = readSeedBoard(BASRA_SEED_KEY);
const editor: TActor = { userId: "editor-1", roles: { "*": "editor" } };

describe("no code path changes or removes activity rows", () => {
  it("has no update or delete of ActivityEntry anywhere in the application code", () => {
    const offenders: string[] = [];
    const visit = (dir: string) => {
      for (const entry of readdirSync(dir)) {
        const path = join(dir, entry);
        if (entry === "node_modules" || entry === "generated") continue;
        if (statSync(path).isDirectory()) visit(path);
        else if (/\.tsx?$/.test(entry) && !entry.endsWith(".test.ts")) {
          const source = readFileSync(path, "utf8");
          if (/activityEntry\s*\.\s*(update|updateMany|upsert|delete|deleteMany)\b/.test(source)) offenders.push(path);
          if (/(UPDATE|DELETE FROM)\s+"?ActivityEntry/i.test(source)) offenders.push(path);
        }
      }
    };
    for (const dir of ["lib", "app", "components", "scripts"]) visit(join(process.cwd(), dir));
    expect(offenders).toEqual([]);
  });
});

describe.each(TEST_PROVIDERS)("the activity log on %s", (provider) => {
  let database: TTestDatabase;
  let boardId: string;
  beforeAll(async () => {
    database = await createTestDatabase(provider);
    boardId = (await importSeedBoard(database.db, plan)).boardId;
  });
  afterAll(async () => {
    await database?.drop();
  });

  it("records who changed a claim, when, and the values before and after", async () => {
    const claim = await database.db.claim.findFirstOrThrow({ where: { boardId, quoteExact: { contains: "approved the assault" } } });
    await updateClaim(database.db, editor, boardId, claim.id, { version: claim.version, speaker: "Officials", checkworthiness: 0.9 });
    const [entry] = await listActivity(database.db, LOCAL_OWNER, boardId, { claimId: claim.id });
    expect(entry).toMatchObject({ actorId: "editor-1", entityType: "claim", action: "updated", claimId: claim.id });
    expect(entry!.before).toMatchObject({ speaker: claim.speaker, checkworthiness: claim.checkworthiness });
    expect(entry!.after).toMatchObject({ speaker: "Officials", checkworthiness: 0.9 });
    expect(Date.now() - new Date(entry!.createdAt).getTime()).toBeLessThan(60_000);
  });

  it("logs nothing for a refused save", async () => {
    const claim = await database.db.claim.findFirstOrThrow({ where: { boardId } });
    const before = await database.db.activityEntry.count();
    await expect(updateClaim(database.db, editor, boardId, claim.id, { version: claim.version + 7, speaker: "Someone" })).rejects.toThrow(/Someone else changed/);
    expect(await database.db.activityEntry.count()).toBe(before);
  });

  it("logs creating, linking, re-linking and deleting, and keeps a claim's history after the claim is gone", async () => {
    const text = plan.text;
    const quote = "Tens of thousands of families";
    const start = text.indexOf(quote);
    const claim = await createClaim(database.db, editor, boardId, ZClaimCreateInput.parse({ statement: "Families were trapped.", selector: describeTextAnchor(text, start, start + quote.length) }));
    const evidence = await createEvidence(database.db, editor, boardId, ZEvidenceCreateInput.parse({ title: "A report", sourceType: "news_report", link: { claimId: claim.id, stance: "supports" } }));
    await updateEvidenceLink(database.db, editor, boardId, evidence.link!.id, { stance: "context" });
    const other = await database.db.claim.findFirstOrThrow({ where: { boardId, NOT: { id: claim.id } } });
    await createClaimRelation(database.db, editor, boardId, { fromClaimId: other.id, toClaimId: claim.id, type: "supports", note: "" });
    await deleteEvidence(database.db, editor, boardId, evidence.id);
    await deleteClaim(database.db, editor, boardId, claim.id);

    const history = await listActivity(database.db, LOCAL_OWNER, boardId, { claimId: claim.id });
    expect(history.map((entry) => `${entry.action} ${entry.entityType}`).reverse()).toEqual([
      "created claim",
      "created link",
      "updated link",
      "created relation",
      "deleted link",
      "deleted claim",
    ]);
    const board = await listActivity(database.db, LOCAL_OWNER, boardId);
    expect(board.some((entry) => entry.entityType === "evidence" && entry.action === "deleted" && entry.before?.title === "A report")).toBe(true);
  });

  it("is append-only in the database itself: updates and deletes are refused", async () => {
    const entry = await database.db.activityEntry.findFirstOrThrow({ where: { boardId } });
    await expect(database.db.$executeRawUnsafe(`UPDATE "ActivityEntry" SET "action" = 'deleted' WHERE "id" = '${entry.id}'`)).rejects.toThrow(/append-only/);
    await expect(database.db.$executeRawUnsafe(`DELETE FROM "ActivityEntry" WHERE "id" = '${entry.id}'`)).rejects.toThrow(/append-only/);
    expect((await database.db.activityEntry.findUniqueOrThrow({ where: { id: entry.id } })).action).toBe(entry.action);
  });
});
