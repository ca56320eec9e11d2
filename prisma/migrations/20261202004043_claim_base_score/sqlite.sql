-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Claim" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "boardId" TEXT NOT NULL,
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
INSERT INTO "new_Claim" ("approvedById", "assigneeId", "boardId", "checkable", "checkworthiness", "createdAt", "dueOn", "id", "kind", "positionEnd", "positionStart", "proposedById", "proposedRationale", "proposedVerdict", "publishedAt", "quoteExact", "quotePrefix", "quoteSuffix", "speaker", "stage", "statement", "updatedAt", "verdict", "verdictRationale", "version") SELECT "approvedById", "assigneeId", "boardId", "checkable", "checkworthiness", "createdAt", "dueOn", "id", "kind", "positionEnd", "positionStart", "proposedById", "proposedRationale", "proposedVerdict", "publishedAt", "quoteExact", "quotePrefix", "quoteSuffix", "speaker", "stage", "statement", "updatedAt", "verdict", "verdictRationale", "version" FROM "Claim";
DROP TABLE "Claim";
ALTER TABLE "new_Claim" RENAME TO "Claim";
CREATE INDEX "Claim_boardId_idx" ON "Claim"("boardId");
CREATE INDEX "Claim_assigneeId_idx" ON "Claim"("assigneeId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

