-- CreateEnum
CREATE TYPE "DropoutKind" AS ENUM ('REMOVED', 'DECLINED');

-- AlterTable
ALTER TABLE "Circle" ADD COLUMN     "startedOn" DATE;

-- CreateTable
CREATE TABLE "CircleMeetingDropout" (
    "id" UUID NOT NULL,
    "meetingId" UUID NOT NULL,
    "volunteerId" UUID NOT NULL,
    "kind" "DropoutKind" NOT NULL,
    "reason" VARCHAR(500) NOT NULL,
    "recordedById" UUID NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CircleMeetingDropout_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CircleMeetingDropout_meetingId_idx" ON "CircleMeetingDropout"("meetingId");

-- CreateIndex
CREATE INDEX "CircleMeetingDropout_volunteerId_idx" ON "CircleMeetingDropout"("volunteerId");

-- AddForeignKey
ALTER TABLE "CircleMeetingDropout" ADD CONSTRAINT "CircleMeetingDropout_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "CircleMeeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CircleMeetingDropout" ADD CONSTRAINT "CircleMeetingDropout_volunteerId_fkey" FOREIGN KEY ("volunteerId") REFERENCES "CosaVolunteer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Backfill: a circle already started began on the London day its activation was audited; without that row, no
-- later than its first meeting and no earlier than it was created.
UPDATE "Circle" c SET "startedOn" = COALESCE(
  (SELECT min((a."occurredAt" AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/London')::date FROM "AuditEvent" a
    WHERE a."action" = 'cosa.circle.activate' AND a."subjectId" = c."id"::text),
  LEAST(c."startDate", (c."createdAt" AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/London')::date))
WHERE c."status" <> 'FORMING';
