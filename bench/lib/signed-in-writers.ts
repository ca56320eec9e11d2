// Sets up the throughput scenario's app database: a small board in a workspace, and one signed-in
// member per client, each with a claim of their own to edit.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { LOCAL_OWNER } from "../../lib/data/actor";
import { addMembership } from "../../lib/data/members/add-membership";
import { importSeedBoard } from "../../lib/data/seed/import-seed-board";
import { readDatabaseConfig } from "../../lib/db/database-config";
import { migrateDatabase } from "../../lib/db/migrate-database";
import { createPrismaClient, type TPrismaClient } from "../../lib/db/prisma-client";
import { generateSyntheticBoard } from "../../lib/seed/synthetic-board";
import { log } from "./report";
import type { TWriteClient } from "./write-load";

/** A fresh PostgreSQL database on the server of adminUrl; returns its URL and how to drop it. */
export async function createPostgresDatabase(adminUrl: string, prefix: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `${prefix}_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

/** Migrates the database and imports a small synthetic board (private, in the demo workspace). */
export async function prepareWriteDatabase(databaseUrl: string, claims: number): Promise<{ boardId: string; workspaceId: string }> {
  const config = readDatabaseConfig(databaseUrl);
  await migrateDatabase(config);
  const db = createPrismaClient(config);
  try {
    const plan = generateSyntheticBoard({ claims, evidence: claims, links: claims * 2, relations: 0, seed: 7 });
    const { boardId } = await importSeedBoard(db, plan);
    const board = await db.board.findUniqueOrThrow({ where: { id: boardId }, select: { workspaceId: true } });
    return { boardId, workspaceId: board.workspaceId };
  } finally {
    await db.$disconnect();
  }
}

function cookiesOf(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((line) => line.split(";")[0]!)
    .join("; ");
}

async function postAuth(base: string, path: string, body: Record<string, string>): Promise<Response> {
  const response = await fetch(`${base}/api/auth/${path}`, {
    method: "POST",
    // Password hashing is slow on a busy machine, but a sign-up that never answers is the benchmark breaking.
    signal: AbortSignal.timeout(120_000),
    headers: { "content-type": "application/json", origin: base },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path} for ${body.email} answered ${response.status}: ${(await response.text()).slice(0, 300)}`);
  return response;
}

/** Signs up, then signs in: sign-up answers alike for new and taken addresses, so it starts no session. */
async function signUp(base: string, index: number): Promise<{ email: string; cookie: string }> {
  const email = `bench-writer-${index}@bench.claimgraph.test`;
  const password = `bench-password-${index}`;
  await postAuth(base, "sign-up/email", { name: `Bench Writer ${index}`, email, password });
  const cookie = cookiesOf(await postAuth(base, "sign-in/email", { email, password }));
  if (!cookie) throw new Error(`Sign-in of ${email} set no session cookie.`);
  return { email, cookie };
}

/**
 * Signs up `count` accounts through the running app (the first becomes the workspace's owner),
 * makes the others checkers of the board's workspace, and gives each client one editable claim.
 */
export async function signedInWriters(options: {
  base: string;
  databaseUrl: string;
  boardId: string;
  workspaceId: string;
  count: number;
}): Promise<TWriteClient[]> {
  const { base, databaseUrl, boardId, workspaceId, count } = options;
  const accounts: { email: string; cookie: string }[] = [];
  log(`  signing up ${count} accounts on ${base} …`);
  for (let i = 0; i < count; i++) accounts.push(await signUp(base, i));
  const db: TPrismaClient = createPrismaClient(readDatabaseConfig(databaseUrl));
  try {
    const users = await db.user.findMany({ where: { email: { in: accounts.map((a) => a.email) } }, select: { id: true, email: true } });
    const members = new Set((await db.membership.findMany({ where: { workspaceId }, select: { userId: true } })).map((m) => m.userId));
    for (const user of users) {
      if (members.has(user.id)) continue;
      await db.$transaction((tx) =>
        addMembership(tx, LOCAL_OWNER, { workspaceId, userId: user.id, role: "checker", reason: "benchmark writer" }),
      );
    }
    const claims = await db.claim.findMany({
      where: { boardId, stage: { in: ["unassigned", "researching"] } },
      orderBy: { id: "asc" },
      select: { id: true, version: true },
      take: count,
    });
    if (claims.length < count) throw new Error(`The throughput board has ${claims.length} editable claims; ${count} are needed.`);
    return accounts.map((account, i) => ({
      path: `/api/boards/${boardId}/claims/${claims[i]!.id}`,
      cookie: account.cookie,
      version: claims[i]!.version,
    }));
  } finally {
    await db.$disconnect();
  }
}
