-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "SentenceEventType" ADD VALUE 'EXTENDED';
ALTER TYPE "SentenceEventType" ADD VALUE 'RELEASED';
ALTER TYPE "SentenceEventType" ADD VALUE 'RECALLED';
ALTER TYPE "SentenceEventType" ADD VALUE 'RETURNED_TO_CUSTODY';

-- AlterTable
ALTER TABLE "SentenceRequirement" ADD COLUMN     "removedOn" DATE;
