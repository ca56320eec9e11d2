-- CreateTable
CREATE TABLE "ActivityEntry" (
    "id" TEXT NOT NULL,
    "boardId" TEXT NOT NULL,
    "actorId" TEXT,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "claimId" TEXT,
    "action" TEXT NOT NULL,
    "before" TEXT NOT NULL,
    "after" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ActivityEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ActivityEntry_boardId_createdAt_idx" ON "ActivityEntry"("boardId", "createdAt");

-- CreateIndex
CREATE INDEX "ActivityEntry_claimId_createdAt_idx" ON "ActivityEntry"("claimId", "createdAt");

-- AddForeignKey
ALTER TABLE "ActivityEntry" ADD CONSTRAINT "ActivityEntry_boardId_fkey" FOREIGN KEY ("boardId") REFERENCES "Board"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Hand-written: the activity log is append-only, enforced by the database.
CREATE FUNCTION "ActivityEntry_refuse_change"() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'ActivityEntry is append-only: rows cannot be changed (%)', TG_OP;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "ActivityEntry_no_update" BEFORE UPDATE OR DELETE ON "ActivityEntry"
    FOR EACH ROW EXECUTE FUNCTION "ActivityEntry_refuse_change"();

CREATE TRIGGER "ActivityEntry_no_truncate" BEFORE TRUNCATE ON "ActivityEntry"
    FOR EACH STATEMENT EXECUTE FUNCTION "ActivityEntry_refuse_change"();
