-- CreateEnum
CREATE TYPE "VolunteerStage" AS ENUM ('ENQUIRY', 'APPLICATION', 'INTERVIEW', 'REFERENCES', 'DBS_CHECK', 'TRAINING', 'MATCHED', 'ACTIVE', 'PAUSED', 'LEFT');

-- CreateTable
CREATE TABLE "CosaVolunteer" (
    "id" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "userId" UUID,
    "firstName" VARCHAR(80) NOT NULL,
    "lastName" VARCHAR(80) NOT NULL,
    "email" VARCHAR(200) NOT NULL,
    "phone" VARCHAR(40),
    "dateOfBirth" DATE NOT NULL,
    "gender" VARCHAR(40),
    "homeArea" VARCHAR(120) NOT NULL,
    "travelRadiusMiles" INTEGER,
    "welshSpeaker" BOOLEAN NOT NULL DEFAULT false,
    "skills" TEXT[],
    "stage" "VolunteerStage" NOT NULL DEFAULT 'ENQUIRY',
    "maxCircles" INTEGER NOT NULL DEFAULT 2,
    "referencesReceived" INTEGER NOT NULL DEFAULT 0,
    "dbsNumber" VARCHAR(20),
    "dbsIssuedOn" DATE,
    "dbsExpiresOn" DATE,
    "trainingCompletedOn" DATE,
    "trainingTrainer" VARCHAR(120),
    "trainingExpiresOn" DATE,
    "leftReason" VARCHAR(500),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CosaVolunteer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CosaVolunteerStageChange" (
    "id" BIGSERIAL NOT NULL,
    "volunteerId" UUID NOT NULL,
    "fromStage" "VolunteerStage",
    "toStage" "VolunteerStage" NOT NULL,
    "note" VARCHAR(1000),
    "changedById" UUID NOT NULL,
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CosaVolunteerStageChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CosaVolunteer_userId_key" ON "CosaVolunteer"("userId");

-- CreateIndex
CREATE INDEX "CosaVolunteer_agencyId_stage_idx" ON "CosaVolunteer"("agencyId", "stage");

-- CreateIndex
CREATE INDEX "CosaVolunteer_agencyId_dbsExpiresOn_idx" ON "CosaVolunteer"("agencyId", "dbsExpiresOn");

-- CreateIndex
CREATE INDEX "CosaVolunteerStageChange_volunteerId_changedAt_idx" ON "CosaVolunteerStageChange"("volunteerId", "changedAt");

-- AddForeignKey
ALTER TABLE "CosaVolunteer" ADD CONSTRAINT "CosaVolunteer_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CosaVolunteer" ADD CONSTRAINT "CosaVolunteer_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CosaVolunteerStageChange" ADD CONSTRAINT "CosaVolunteerStageChange_volunteerId_fkey" FOREIGN KEY ("volunteerId") REFERENCES "CosaVolunteer"("id") ON DELETE CASCADE ON UPDATE CASCADE;
