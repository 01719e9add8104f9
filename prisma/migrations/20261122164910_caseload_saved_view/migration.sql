-- AlterTable
ALTER TABLE "User" ADD COLUMN     "caseloadView" JSONB;
