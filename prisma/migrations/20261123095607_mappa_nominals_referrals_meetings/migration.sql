-- CreateEnum
CREATE TYPE "MappaReferralStatus" AS ENUM ('SUBMITTED', 'ACCEPTED', 'RETURNED');

-- CreateEnum
CREATE TYPE "MappaMeetingStatus" AS ENUM ('SCHEDULED', 'PUBLISHED', 'FINALISED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "MappaAgendaReason" AS ENUM ('NEW_REFERRAL', 'REVIEW', 'ADDED');

-- CreateEnum
CREATE TYPE "MappaAgendaStatus" AS ENUM ('LISTED', 'DEFERRED');

-- CreateEnum
CREATE TYPE "MappaInviteeKind" AS ENUM ('CORE', 'DUTY_TO_COOPERATE');

-- CreateTable
CREATE TABLE "MappaNominal" (
    "id" UUID NOT NULL,
    "offenderId" UUID NOT NULL,
    "category" INTEGER NOT NULL,
    "level" INTEGER NOT NULL,
    "area" "Region" NOT NULL,
    "leadAgencyId" UUID NOT NULL,
    "startDate" DATE NOT NULL,
    "nextReviewDate" DATE NOT NULL,
    "visor" BOOLEAN NOT NULL DEFAULT false,
    "endedAt" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MappaNominal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MappaLevelChange" (
    "id" BIGSERIAL NOT NULL,
    "nominalId" UUID NOT NULL,
    "fromLevel" INTEGER,
    "toLevel" INTEGER NOT NULL,
    "reason" VARCHAR(1000) NOT NULL,
    "changedById" UUID NOT NULL,
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MappaLevelChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MappaReferral" (
    "id" UUID NOT NULL,
    "offenderId" UUID NOT NULL,
    "category" INTEGER NOT NULL,
    "levelSought" INTEGER NOT NULL,
    "area" "Region" NOT NULL,
    "indexOffence" VARCHAR(200) NOT NULL,
    "sentence" VARCHAR(200) NOT NULL,
    "sentenceDate" DATE,
    "releaseDate" DATE,
    "sentenceExpiryDate" DATE,
    "reason" VARCHAR(4000) NOT NULL,
    "documentIds" UUID[],
    "referringAgencyId" UUID NOT NULL,
    "referredById" UUID NOT NULL,
    "status" "MappaReferralStatus" NOT NULL DEFAULT 'SUBMITTED',
    "decisionReason" VARCHAR(1000),
    "decidedById" UUID,
    "decidedAt" TIMESTAMP(3),
    "meetingId" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MappaReferral_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MappaMeeting" (
    "id" UUID NOT NULL,
    "area" "Region" NOT NULL,
    "level" INTEGER NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "venue" VARCHAR(200),
    "online" BOOLEAN NOT NULL DEFAULT false,
    "chairId" UUID NOT NULL,
    "coordinatorId" UUID NOT NULL,
    "status" "MappaMeetingStatus" NOT NULL DEFAULT 'SCHEDULED',
    "publishedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MappaMeeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MappaInvitation" (
    "id" UUID NOT NULL,
    "meetingId" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "kind" "MappaInviteeKind" NOT NULL,

    CONSTRAINT "MappaInvitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MappaAgendaItem" (
    "id" UUID NOT NULL,
    "meetingId" UUID NOT NULL,
    "offenderId" UUID NOT NULL,
    "nominalId" UUID,
    "referralId" UUID,
    "reason" "MappaAgendaReason" NOT NULL,
    "position" INTEGER NOT NULL,
    "status" "MappaAgendaStatus" NOT NULL DEFAULT 'LISTED',
    "deferReason" VARCHAR(500),

    CONSTRAINT "MappaAgendaItem_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "MappaNominal_offenderId_key" ON "MappaNominal"("offenderId");

-- CreateIndex
CREATE INDEX "MappaNominal_area_endedAt_nextReviewDate_idx" ON "MappaNominal"("area", "endedAt", "nextReviewDate");

-- CreateIndex
CREATE INDEX "MappaLevelChange_nominalId_changedAt_idx" ON "MappaLevelChange"("nominalId", "changedAt");

-- CreateIndex
CREATE INDEX "MappaReferral_area_status_idx" ON "MappaReferral"("area", "status");

-- CreateIndex
CREATE INDEX "MappaReferral_offenderId_idx" ON "MappaReferral"("offenderId");

-- CreateIndex
CREATE INDEX "MappaMeeting_area_startsAt_idx" ON "MappaMeeting"("area", "startsAt");

-- CreateIndex
CREATE INDEX "MappaInvitation_agencyId_idx" ON "MappaInvitation"("agencyId");

-- CreateIndex
CREATE UNIQUE INDEX "MappaInvitation_meetingId_agencyId_key" ON "MappaInvitation"("meetingId", "agencyId");

-- CreateIndex
CREATE INDEX "MappaAgendaItem_offenderId_idx" ON "MappaAgendaItem"("offenderId");

-- CreateIndex
CREATE UNIQUE INDEX "MappaAgendaItem_meetingId_offenderId_key" ON "MappaAgendaItem"("meetingId", "offenderId");

-- AddForeignKey
ALTER TABLE "MappaNominal" ADD CONSTRAINT "MappaNominal_offenderId_fkey" FOREIGN KEY ("offenderId") REFERENCES "Offender"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MappaNominal" ADD CONSTRAINT "MappaNominal_leadAgencyId_fkey" FOREIGN KEY ("leadAgencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MappaLevelChange" ADD CONSTRAINT "MappaLevelChange_nominalId_fkey" FOREIGN KEY ("nominalId") REFERENCES "MappaNominal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MappaReferral" ADD CONSTRAINT "MappaReferral_offenderId_fkey" FOREIGN KEY ("offenderId") REFERENCES "Offender"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MappaReferral" ADD CONSTRAINT "MappaReferral_referringAgencyId_fkey" FOREIGN KEY ("referringAgencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MappaReferral" ADD CONSTRAINT "MappaReferral_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "MappaMeeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MappaMeeting" ADD CONSTRAINT "MappaMeeting_chairId_fkey" FOREIGN KEY ("chairId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MappaInvitation" ADD CONSTRAINT "MappaInvitation_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "MappaMeeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MappaInvitation" ADD CONSTRAINT "MappaInvitation_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MappaAgendaItem" ADD CONSTRAINT "MappaAgendaItem_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "MappaMeeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MappaAgendaItem" ADD CONSTRAINT "MappaAgendaItem_offenderId_fkey" FOREIGN KEY ("offenderId") REFERENCES "Offender"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MappaAgendaItem" ADD CONSTRAINT "MappaAgendaItem_nominalId_fkey" FOREIGN KEY ("nominalId") REFERENCES "MappaNominal"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MappaAgendaItem" ADD CONSTRAINT "MappaAgendaItem_referralId_fkey" FOREIGN KEY ("referralId") REFERENCES "MappaReferral"("id") ON DELETE SET NULL ON UPDATE CASCADE;
