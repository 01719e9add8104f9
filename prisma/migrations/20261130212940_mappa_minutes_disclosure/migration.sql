-- AlterTable
ALTER TABLE "MappaAgendaItem" ADD COLUMN     "disclosureBy" VARCHAR(200),
ADD COLUMN     "disclosureConsidered" BOOLEAN,
ADD COLUMN     "disclosureReason" VARCHAR(2000),
ADD COLUMN     "disclosureTo" VARCHAR(500);

-- AlterTable
ALTER TABLE "MappaMeeting" ADD COLUMN     "endedAt" TIMESTAMP(3),
ADD COLUMN     "minuteTaker" VARCHAR(120);
