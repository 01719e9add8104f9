-- AlterTable
ALTER TABLE "UserSession" ADD COLUMN     "awaitingSecondFactor" BOOLEAN NOT NULL DEFAULT false;
