-- AlterTable
ALTER TABLE "Policy" ADD COLUMN     "rule" JSONB;
