-- Supervision sessions already recorded count as one hour, the usual length; initial training already recorded has no
-- length (NULL) and counts for nothing until the coordinator records it (issue 16 item 12).
-- AlterTable
ALTER TABLE "CosaSupervision" ADD COLUMN     "minutes" INTEGER NOT NULL DEFAULT 60;

-- AlterTable
ALTER TABLE "CosaVolunteer" ADD COLUMN     "trainingMinutes" INTEGER;
