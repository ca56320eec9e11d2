import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BASRA_SEED_KEY, readSeedBoard } from "../../seed/read-seed-board";
import { createTestDatabase, TEST_PROVIDERS, type TTestDatabase } from "../../testing/test-databases";
import { createTestMember, type TTestMember } from "../../testing/test-members";
import { importSeedBoard } from "../seed/import-seed-board";
import { listBoards } from "./list-boards";

const TODAY = "2026-06-15";

describe.each(TEST_PROVIDERS)("the home page's board progress, on %s", (provider) => {
  let database: TTestDatabase;
  let ours: string;
  let theirs: string;
  let theirPublic: string;
  let member: TTestMember;

  // Sets stage and due date on `count` claims of a board not yet touched by an earlier call.
  async function setClaims(boardId: string, count: number, data: { stage?: string; dueOn?: string | null }) {
    const claims = await database.db.claim.findMany({
      where: { boardId, stage: "unassigned", dueOn: null },
      orderBy: { number: "asc" },
      take: count,
      select: { id: true },
    });
    await database.db.claim.updateMany({ where: { id: { in: claims.map((c) => c.id) } }, data });
  }

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    const plan = readSeedBoard(BASRA_SEED_KEY);
    ours = (await importSeedBoard(database.db, plan)).boardId;
    theirs = (await importSeedBoard(database.db, { ...plan, seedKey: "basra-theirs" })).boardId;
    theirPublic = (await importSeedBoard(database.db, { ...plan, seedKey: "basra-theirs-public" })).boardId;
    const { workspaceId } = await database.db.board.findUniqueOrThrow({ where: { id: ours } });
    const other = await database.db.workspace.create({ data: { slug: "another-newsroom", name: "Another newsroom" } });
    await database.db.board.updateMany({ where: { id: { in: [theirs, theirPublic] } }, data: { workspaceId: other.id } });
    await database.db.board.update({ where: { id: theirPublic }, data: { visibility: "public" } });
    member = await createTestMember(database.db, workspaceId, "viewer", "Vic Viewer");

    await setClaims(ours, 3, { stage: "published" });
    await setClaims(ours, 1, { stage: "published", dueOn: "2026-01-01" }); // published: never overdue
    await setClaims(ours, 2, { stage: "researching", dueOn: "2026-06-14" }); // overdue
    await setClaims(ours, 1, { dueOn: "2026-06-15" }); // due today: not overdue yet
    await setClaims(ours, 1, { dueOn: "2026-06-14T23:59:00.000Z" }); // overdue, stored with a time
    await setClaims(theirPublic, 5, { stage: "published" });
    await setClaims(theirs, 7, { stage: "published" });
  });
  afterAll(async () => {
    await database?.drop();
  });

  it("counts each readable board's published and overdue claims, and lists no other board", async () => {
    const boards = await listBoards(database.db, member.actor, { today: TODAY });
    const total = await database.db.claim.count({ where: { boardId: ours } });
    expect(boards.map((board) => board.id).sort()).toEqual([ours, theirPublic].sort());
    expect(boards.find((board) => board.id === ours)).toMatchObject({ claimCount: total, publishedCount: 4, overdueCount: 3 });
    expect(boards.find((board) => board.id === theirPublic)).toMatchObject({ claimCount: total, publishedCount: 5, overdueCount: 0 });
  });

  it("gives a signed-out reader the public board's progress only", async () => {
    const boards = await listBoards(database.db, { userId: null, roles: {} }, { today: TODAY });
    expect(boards.map((board) => ({ id: board.id, published: board.publishedCount }))).toEqual([{ id: theirPublic, published: 5 }]);
  });

  it("an instance-wide owner sees every board; what counts as overdue depends on the day", async () => {
    const boards = await listBoards(database.db, { userId: null, roles: { "*": "owner" } }, { today: TODAY });
    expect(boards.find((board) => board.id === theirs)).toMatchObject({ publishedCount: 7, overdueCount: 0 });
    // A day earlier, what is overdue today was not yet.
    expect(boards.find((board) => board.id === ours)?.overdueCount).toBe(3);
    const yesterday = await listBoards(database.db, member.actor, { today: "2026-06-14" });
    expect(yesterday.find((board) => board.id === ours)?.overdueCount).toBe(0);
  });

  it("asks the database the same three queries however many boards there are (no query per board)", async () => {
    let queries = 0;
    const counted = database.db.$extends({
      query: {
        $allModels: {
          $allOperations({ args, query }) {
            queries++;
            return query(args);
          },
        },
      },
    }) as unknown as typeof database.db;
    const boards = await listBoards(counted, { userId: null, roles: { "*": "owner" } }, { today: TODAY });
    expect(boards).toHaveLength(3);
    expect(queries).toBe(3);
  });
});
