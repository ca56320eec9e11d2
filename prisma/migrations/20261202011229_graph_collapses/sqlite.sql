-- CreateTable
CREATE TABLE "GraphCollapse" (
    "userId" TEXT NOT NULL,
    "boardId" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("userId", "boardId", "claimId"),
    CONSTRAINT "GraphCollapse_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "GraphCollapse_boardId_fkey" FOREIGN KEY ("boardId") REFERENCES "Board" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "GraphCollapse_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "GraphCollapse_boardId_idx" ON "GraphCollapse"("boardId");

-- CreateIndex
CREATE INDEX "GraphCollapse_claimId_idx" ON "GraphCollapse"("claimId");

