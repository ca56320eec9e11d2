-- CreateTable
CREATE TABLE "GraphCollapse" (
    "userId" TEXT NOT NULL,
    "boardId" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GraphCollapse_pkey" PRIMARY KEY ("userId","boardId","claimId")
);

-- CreateIndex
CREATE INDEX "GraphCollapse_boardId_idx" ON "GraphCollapse"("boardId");

-- CreateIndex
CREATE INDEX "GraphCollapse_claimId_idx" ON "GraphCollapse"("claimId");

-- AddForeignKey
ALTER TABLE "GraphCollapse" ADD CONSTRAINT "GraphCollapse_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GraphCollapse" ADD CONSTRAINT "GraphCollapse_boardId_fkey" FOREIGN KEY ("boardId") REFERENCES "Board"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GraphCollapse" ADD CONSTRAINT "GraphCollapse_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

