-- CreateEnum
CREATE TYPE "AppointmentType" AS ENUM ('OFFICE', 'HOME_VISIT', 'TELEPHONE', 'VIDEO', 'PROGRAMME_SESSION', 'UNPAID_WORK', 'THREE_WAY');

-- AlterTable
ALTER TABLE "Contact" ADD COLUMN     "appointmentType" "AppointmentType",
ADD COLUMN     "durationMinutes" INTEGER,
ADD COLUMN     "staffId" UUID;

-- CreateIndex
CREATE INDEX "Contact_staffId_occurredAt_idx" ON "Contact"("staffId", "occurredAt");

-- AddForeignKey
ALTER TABLE "Contact" ADD CONSTRAINT "Contact_staffId_fkey" FOREIGN KEY ("staffId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Existing appointments were all office appointments of an hour, seen by whoever arranged them (issue 13).
UPDATE "Contact" SET "appointmentType" = 'OFFICE', "durationMinutes" = 60, "staffId" = "authorId" WHERE "type" = 'APPOINTMENT';

-- The bounds the form enforces (5 minutes to 8 hours), kept by the database too.
ALTER TABLE "Contact" ADD CONSTRAINT "Contact_durationMinutes_check" CHECK ("durationMinutes" IS NULL OR "durationMinutes" BETWEEN 5 AND 480);
