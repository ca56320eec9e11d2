-- AlterTable
ALTER TABLE "Board" ADD COLUMN     "importing" BOOLEAN NOT NULL DEFAULT false;

