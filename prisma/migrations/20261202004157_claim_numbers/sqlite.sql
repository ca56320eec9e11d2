-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Board" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "seedKey" TEXT,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "visibility" TEXT NOT NULL DEFAULT 'private',
    "graphDirection" TEXT NOT NULL DEFAULT 'TB',
    "importing" BOOLEAN NOT NULL DEFAULT false,
    "claimCounter" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Board_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
-- Each board's counter starts at its number of claims, the highest number the backfill below gives.
INSERT INTO "new_Board" ("claimCounter", "createdAt", "description", "graphDirection", "id", "importing", "seedKey", "title", "updatedAt", "visibility", "workspaceId") SELECT (SELECT COUNT(*) FROM "Claim" WHERE "Claim"."boardId" = "Board"."id"), "createdAt", "description", "graphDirection", "id", "importing", "seedKey", "title", "updatedAt", "visibility", "workspaceId" FROM "Board";
DROP TABLE "Board";
ALTER TABLE "new_Board" RENAME TO "Board";
CREATE UNIQUE INDEX "Board_seedKey_key" ON "Board"("seedKey");
CREATE INDEX "Board_workspaceId_idx" ON "Board"("workspaceId");
CREATE TABLE "new_Claim" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "boardId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "statement" TEXT NOT NULL,
    "quoteExact" TEXT NOT NULL,
    "quotePrefix" TEXT NOT NULL,
    "quoteSuffix" TEXT NOT NULL,
    "positionStart" INTEGER NOT NULL,
    "positionEnd" INTEGER NOT NULL,
    "speaker" TEXT NOT NULL DEFAULT '',
    "kind" TEXT NOT NULL,
    "checkable" BOOLEAN NOT NULL DEFAULT true,
    "checkworthiness" REAL NOT NULL,
    "baseScore" REAL NOT NULL DEFAULT 0.5,
    "verdict" TEXT NOT NULL DEFAULT 'unverified',
    "verdictRationale" TEXT NOT NULL DEFAULT '',
    "stage" TEXT NOT NULL DEFAULT 'unassigned',
    "assigneeId" TEXT,
    "proposedVerdict" TEXT,
    "proposedRationale" TEXT,
    "proposedById" TEXT,
    "approvedById" TEXT,
    "publishedAt" DATETIME,
    "dueOn" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Claim_boardId_fkey" FOREIGN KEY ("boardId") REFERENCES "Board" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Claim_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
-- Existing claims are numbered in article order, the order every view lists them in.
INSERT INTO "new_Claim" ("number", "baseScore", "approvedById", "assigneeId", "boardId", "checkable", "checkworthiness", "createdAt", "dueOn", "id", "kind", "positionEnd", "positionStart", "proposedById", "proposedRationale", "proposedVerdict", "publishedAt", "quoteExact", "quotePrefix", "quoteSuffix", "speaker", "stage", "statement", "updatedAt", "verdict", "verdictRationale", "version") SELECT "number", "baseScore", "approvedById", "assigneeId", "boardId", "checkable", "checkworthiness", "createdAt", "dueOn", "id", "kind", "positionEnd", "positionStart", "proposedById", "proposedRationale", "proposedVerdict", "publishedAt", "quoteExact", "quotePrefix", "quoteSuffix", "speaker", "stage", "statement", "updatedAt", "verdict", "verdictRationale", "version" FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY "boardId" ORDER BY "positionStart" ASC, "positionEnd" DESC, "id" ASC) AS "number" FROM "Claim");
DROP TABLE "Claim";
ALTER TABLE "new_Claim" RENAME TO "Claim";
CREATE INDEX "Claim_boardId_idx" ON "Claim"("boardId");
CREATE INDEX "Claim_assigneeId_idx" ON "Claim"("assigneeId");
CREATE UNIQUE INDEX "Claim_boardId_number_key" ON "Claim"("boardId", "number");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

