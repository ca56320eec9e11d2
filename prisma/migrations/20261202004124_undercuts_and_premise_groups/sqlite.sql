-- CreateTable
CREATE TABLE "Undercut" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "boardId" TEXT NOT NULL,
    "fromClaimId" TEXT NOT NULL,
    "linkId" TEXT,
    "relationId" TEXT,
    "note" TEXT NOT NULL DEFAULT '',
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Undercut_boardId_fkey" FOREIGN KEY ("boardId") REFERENCES "Board" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Undercut_fromClaimId_fkey" FOREIGN KEY ("fromClaimId") REFERENCES "Claim" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Undercut_linkId_fkey" FOREIGN KEY ("linkId") REFERENCES "EvidenceLink" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Undercut_relationId_fkey" FOREIGN KEY ("relationId") REFERENCES "ClaimRelation" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PremiseGroup" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "boardId" TEXT NOT NULL,
    "toClaimId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "memberKey" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "PremiseGroup_boardId_fkey" FOREIGN KEY ("boardId") REFERENCES "Board" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PremiseGroup_toClaimId_fkey" FOREIGN KEY ("toClaimId") REFERENCES "Claim" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PremiseGroupMember" (
    "groupId" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,

    PRIMARY KEY ("groupId", "claimId"),
    CONSTRAINT "PremiseGroupMember_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "PremiseGroup" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PremiseGroupMember_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Undercut_boardId_idx" ON "Undercut"("boardId");

-- CreateIndex
CREATE INDEX "Undercut_linkId_idx" ON "Undercut"("linkId");

-- CreateIndex
CREATE INDEX "Undercut_relationId_idx" ON "Undercut"("relationId");

-- CreateIndex
CREATE UNIQUE INDEX "Undercut_fromClaimId_linkId_key" ON "Undercut"("fromClaimId", "linkId");

-- CreateIndex
CREATE UNIQUE INDEX "Undercut_fromClaimId_relationId_key" ON "Undercut"("fromClaimId", "relationId");

-- CreateIndex
CREATE INDEX "PremiseGroup_boardId_idx" ON "PremiseGroup"("boardId");

-- CreateIndex
CREATE UNIQUE INDEX "PremiseGroup_toClaimId_memberKey_key" ON "PremiseGroup"("toClaimId", "memberKey");

-- CreateIndex
CREATE INDEX "PremiseGroupMember_claimId_idx" ON "PremiseGroupMember"("claimId");

