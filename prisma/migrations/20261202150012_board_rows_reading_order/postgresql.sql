-- DropIndex
DROP INDEX "Claim_boardId_idx";

-- DropIndex
DROP INDEX "Evidence_boardId_idx";

-- DropIndex
DROP INDEX "EvidenceLink_boardId_idx";

-- DropIndex
DROP INDEX "ClaimRelation_boardId_idx";

-- CreateIndex
CREATE INDEX "Claim_boardId_positionStart_positionEnd_id_idx" ON "Claim"("boardId", "positionStart", "positionEnd" DESC, "id");

-- CreateIndex
CREATE INDEX "Evidence_boardId_createdAt_id_idx" ON "Evidence"("boardId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "EvidenceLink_boardId_createdAt_id_idx" ON "EvidenceLink"("boardId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "ClaimRelation_boardId_createdAt_id_idx" ON "ClaimRelation"("boardId", "createdAt", "id");

