-- CreateEnum
CREATE TYPE "MappaAttendanceStatus" AS ENUM ('EXPECTED', 'PRESENT', 'APOLOGIES', 'ABSENT');

-- CreateEnum
CREATE TYPE "MappaMinutesRequestStatus" AS ENUM ('PENDING', 'GRANTED', 'REFUSED');

-- CreateEnum
CREATE TYPE "MappaLevelDecision" AS ENUM ('CONTINUE', 'RAISE', 'LOWER', 'EXIT_TO_LEVEL_1');

-- CreateEnum
CREATE TYPE "MappaActionStatus" AS ENUM ('OPEN', 'IN_PROGRESS', 'COMPLETE', 'CANCELLED');

-- AlterTable
ALTER TABLE "MappaAgendaItem" ADD COLUMN     "contingency" VARCHAR(4000),
ADD COLUMN     "decidedLevel" INTEGER,
ADD COLUMN     "dissent" VARCHAR(2000),
ADD COLUMN     "informationShared" VARCHAR(8000),
ADD COLUMN     "interventionsTreatment" VARCHAR(4000),
ADD COLUMN     "levelDecision" "MappaLevelDecision",
ADD COLUMN     "monitoringAndControl" VARCHAR(4000),
ADD COLUMN     "nextReviewDate" DATE,
ADD COLUMN     "recordedAt" TIMESTAMP(3),
ADD COLUMN     "riskAssessment" VARCHAR(8000),
ADD COLUMN     "supervision" VARCHAR(4000),
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "victimSafetyPlanning" VARCHAR(4000);

-- AlterTable
ALTER TABLE "MappaLevelChange" ADD COLUMN     "meetingId" UUID;

-- AlterTable
ALTER TABLE "MappaMeeting" ADD COLUMN     "finalisedAt" TIMESTAMP(3),
ADD COLUMN     "statementAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "MappaAttendance" (
    "id" UUID NOT NULL,
    "meetingId" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "userId" UUID,
    "name" VARCHAR(120) NOT NULL,
    "role" VARCHAR(120),
    "status" "MappaAttendanceStatus" NOT NULL DEFAULT 'EXPECTED',

    CONSTRAINT "MappaAttendance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MappaMinutesRequest" (
    "id" UUID NOT NULL,
    "meetingId" UUID NOT NULL,
    "offenderId" UUID NOT NULL,
    "requesterId" UUID NOT NULL,
    "reason" VARCHAR(1000) NOT NULL,
    "status" "MappaMinutesRequestStatus" NOT NULL DEFAULT 'PENDING',
    "decidedById" UUID,
    "decisionReason" VARCHAR(1000),
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MappaMinutesRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MappaAction" (
    "id" UUID NOT NULL,
    "meetingId" UUID NOT NULL,
    "agendaItemId" UUID NOT NULL,
    "offenderId" UUID NOT NULL,
    "description" VARCHAR(1000) NOT NULL,
    "ownerAgencyId" UUID NOT NULL,
    "ownerUserId" UUID,
    "dueDate" DATE NOT NULL,
    "status" "MappaActionStatus" NOT NULL DEFAULT 'OPEN',
    "statusNote" VARCHAR(1000),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MappaAction_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MappaAttendance_userId_idx" ON "MappaAttendance"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "MappaAttendance_meetingId_userId_key" ON "MappaAttendance"("meetingId", "userId");

-- CreateIndex
CREATE INDEX "MappaMinutesRequest_meetingId_status_idx" ON "MappaMinutesRequest"("meetingId", "status");

-- CreateIndex
CREATE INDEX "MappaMinutesRequest_requesterId_idx" ON "MappaMinutesRequest"("requesterId");

-- CreateIndex
CREATE INDEX "MappaAction_offenderId_status_idx" ON "MappaAction"("offenderId", "status");

-- CreateIndex
CREATE INDEX "MappaAction_ownerUserId_status_idx" ON "MappaAction"("ownerUserId", "status");

-- CreateIndex
CREATE INDEX "MappaAction_ownerAgencyId_status_idx" ON "MappaAction"("ownerAgencyId", "status");

-- AddForeignKey
ALTER TABLE "MappaLevelChange" ADD CONSTRAINT "MappaLevelChange_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "MappaMeeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MappaAttendance" ADD CONSTRAINT "MappaAttendance_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "MappaMeeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MappaAttendance" ADD CONSTRAINT "MappaAttendance_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MappaAttendance" ADD CONSTRAINT "MappaAttendance_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MappaMinutesRequest" ADD CONSTRAINT "MappaMinutesRequest_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "MappaMeeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MappaMinutesRequest" ADD CONSTRAINT "MappaMinutesRequest_offenderId_fkey" FOREIGN KEY ("offenderId") REFERENCES "Offender"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MappaMinutesRequest" ADD CONSTRAINT "MappaMinutesRequest_requesterId_fkey" FOREIGN KEY ("requesterId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MappaMinutesRequest" ADD CONSTRAINT "MappaMinutesRequest_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MappaAction" ADD CONSTRAINT "MappaAction_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "MappaMeeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MappaAction" ADD CONSTRAINT "MappaAction_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "MappaAgendaItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MappaAction" ADD CONSTRAINT "MappaAction_offenderId_fkey" FOREIGN KEY ("offenderId") REFERENCES "Offender"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MappaAction" ADD CONSTRAINT "MappaAction_ownerAgencyId_fkey" FOREIGN KEY ("ownerAgencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MappaAction" ADD CONSTRAINT "MappaAction_ownerUserId_fkey" FOREIGN KEY ("ownerUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
