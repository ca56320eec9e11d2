-- CreateTable
CREATE TABLE "ActivityEntry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "boardId" TEXT NOT NULL,
    "actorId" TEXT,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "claimId" TEXT,
    "action" TEXT NOT NULL,
    "before" TEXT NOT NULL,
    "after" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ActivityEntry_boardId_fkey" FOREIGN KEY ("boardId") REFERENCES "Board" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "ActivityEntry_boardId_createdAt_idx" ON "ActivityEntry"("boardId", "createdAt");

-- CreateIndex
CREATE INDEX "ActivityEntry_claimId_createdAt_idx" ON "ActivityEntry"("claimId", "createdAt");


-- Hand-written: the activity log is append-only, enforced by the database.
CREATE TRIGGER "ActivityEntry_no_update" BEFORE UPDATE ON "ActivityEntry"
BEGIN
    SELECT RAISE(ABORT, 'ActivityEntry is append-only: rows cannot be updated');
END;

CREATE TRIGGER "ActivityEntry_no_delete" BEFORE DELETE ON "ActivityEntry"
BEGIN
    SELECT RAISE(ABORT, 'ActivityEntry is append-only: rows cannot be deleted');
END;
