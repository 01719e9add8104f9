-- CreateEnum
CREATE TYPE "MappaDisclosureDecision" AS ENUM ('DISCLOSE', 'WITHHOLD');

-- AlterTable
ALTER TABLE "MappaAgendaItem" ADD COLUMN     "disclosureDecision" "MappaDisclosureDecision";

-- Until now a "yes" could only be recorded with to whom, by whom and why: every such decision was to disclose.
UPDATE "MappaAgendaItem" SET "disclosureDecision" = 'DISCLOSE' WHERE "disclosureConsidered" = true;
