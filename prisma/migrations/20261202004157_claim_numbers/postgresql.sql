-- AlterTable
ALTER TABLE "Board" ADD COLUMN     "claimCounter" INTEGER NOT NULL DEFAULT 0;

-- AlterTable: existing claims are numbered in article order, the order every view lists them in.
ALTER TABLE "Claim" ADD COLUMN     "number" INTEGER;
UPDATE "Claim" SET "number" = numbered."number"
FROM (
  SELECT "id", ROW_NUMBER() OVER (PARTITION BY "boardId" ORDER BY "positionStart" ASC, "positionEnd" DESC, "id" ASC) AS "number"
  FROM "Claim"
) AS numbered
WHERE "Claim"."id" = numbered."id";
ALTER TABLE "Claim" ALTER COLUMN "number" SET NOT NULL;

-- Each board's counter starts at its highest number.
UPDATE "Board" SET "claimCounter" = (SELECT COUNT(*) FROM "Claim" WHERE "Claim"."boardId" = "Board"."id");

-- CreateIndex
CREATE UNIQUE INDEX "Claim_boardId_number_key" ON "Claim"("boardId", "number");
