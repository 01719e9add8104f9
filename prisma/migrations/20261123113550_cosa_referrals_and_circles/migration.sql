-- CreateEnum
CREATE TYPE "CosaProgramme" AS ENUM ('COMMUNITY', 'THROUGH_THE_GATE');

-- CreateEnum
CREATE TYPE "CosaReferralStatus" AS ENUM ('SUBMITTED', 'ACCEPTED', 'DECLINED', 'WAITLISTED');

-- CreateEnum
CREATE TYPE "CircleStatus" AS ENUM ('FORMING', 'ACTIVE', 'ENDING', 'CLOSED');

-- CreateEnum
CREATE TYPE "CircleMemberKind" AS ENUM ('REGULAR', 'COVER');

-- CreateTable
CREATE TABLE "CosaReferral" (
    "id" UUID NOT NULL,
    "offenderId" UUID NOT NULL,
    "providerAgencyId" UUID NOT NULL,
    "referredById" UUID NOT NULL,
    "programme" "CosaProgramme" NOT NULL,
    "releaseDate" DATE,
    "eligibility" VARCHAR(2000) NOT NULL,
    "suitability" VARCHAR(2000) NOT NULL,
    "consentToShare" BOOLEAN NOT NULL,
    "documentIds" UUID[],
    "status" "CosaReferralStatus" NOT NULL DEFAULT 'SUBMITTED',
    "decisionReason" VARCHAR(1000),
    "decidedById" UUID,
    "decidedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CosaReferral_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Circle" (
    "id" UUID NOT NULL,
    "providerAgencyId" UUID NOT NULL,
    "coreMemberId" UUID NOT NULL,
    "referralId" UUID NOT NULL,
    "coordinatorId" UUID NOT NULL,
    "programme" "CosaProgramme" NOT NULL,
    "venue" VARCHAR(200),
    "venueRiskAssessedOn" DATE,
    "weekday" INTEGER,
    "startTime" VARCHAR(5),
    "minutes" INTEGER NOT NULL DEFAULT 90,
    "everyWeeks" INTEGER NOT NULL DEFAULT 1,
    "startDate" DATE,
    "plannedEndDate" DATE,
    "status" "CircleStatus" NOT NULL DEFAULT 'FORMING',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Circle_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CircleMember" (
    "id" UUID NOT NULL,
    "circleId" UUID NOT NULL,
    "volunteerId" UUID NOT NULL,
    "kind" "CircleMemberKind" NOT NULL,
    "joinedOn" DATE NOT NULL,
    "leftOn" DATE,

    CONSTRAINT "CircleMember_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CosaReferral_providerAgencyId_status_idx" ON "CosaReferral"("providerAgencyId", "status");

-- CreateIndex
CREATE INDEX "CosaReferral_offenderId_idx" ON "CosaReferral"("offenderId");

-- CreateIndex
CREATE UNIQUE INDEX "Circle_referralId_key" ON "Circle"("referralId");

-- CreateIndex
CREATE INDEX "Circle_providerAgencyId_status_idx" ON "Circle"("providerAgencyId", "status");

-- CreateIndex
CREATE INDEX "Circle_coreMemberId_idx" ON "Circle"("coreMemberId");

-- CreateIndex
CREATE INDEX "CircleMember_circleId_idx" ON "CircleMember"("circleId");

-- CreateIndex
CREATE INDEX "CircleMember_volunteerId_idx" ON "CircleMember"("volunteerId");

-- AddForeignKey
ALTER TABLE "CosaReferral" ADD CONSTRAINT "CosaReferral_offenderId_fkey" FOREIGN KEY ("offenderId") REFERENCES "Offender"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CosaReferral" ADD CONSTRAINT "CosaReferral_providerAgencyId_fkey" FOREIGN KEY ("providerAgencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CosaReferral" ADD CONSTRAINT "CosaReferral_referredById_fkey" FOREIGN KEY ("referredById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Circle" ADD CONSTRAINT "Circle_providerAgencyId_fkey" FOREIGN KEY ("providerAgencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Circle" ADD CONSTRAINT "Circle_coreMemberId_fkey" FOREIGN KEY ("coreMemberId") REFERENCES "Offender"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Circle" ADD CONSTRAINT "Circle_referralId_fkey" FOREIGN KEY ("referralId") REFERENCES "CosaReferral"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Circle" ADD CONSTRAINT "Circle_coordinatorId_fkey" FOREIGN KEY ("coordinatorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CircleMember" ADD CONSTRAINT "CircleMember_circleId_fkey" FOREIGN KEY ("circleId") REFERENCES "Circle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CircleMember" ADD CONSTRAINT "CircleMember_volunteerId_fkey" FOREIGN KEY ("volunteerId") REFERENCES "CosaVolunteer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
