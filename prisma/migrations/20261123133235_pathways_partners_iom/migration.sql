-- CreateEnum
CREATE TYPE "IomStrand" AS ENUM ('FIXED', 'FLEX', 'FREE');

-- CreateEnum
CREATE TYPE "IomMemberStatus" AS ENUM ('ACTIVE', 'IN_CUSTODY', 'RESET', 'DESELECTED');

-- CreateEnum
CREATE TYPE "Rag" AS ENUM ('RED', 'AMBER', 'GREEN');

-- CreateEnum
CREATE TYPE "OffenceCategory" AS ENUM ('ACQUISITIVE', 'VIOLENCE', 'DOMESTIC_ABUSE', 'SEXUAL', 'DRUGS', 'PUBLIC_ORDER', 'MOTORING', 'OTHER');

-- CreateEnum
CREATE TYPE "PathwayNeed" AS ENUM ('NONE', 'LOW', 'MEDIUM', 'HIGH');

-- CreateEnum
CREATE TYPE "PathwayStatus" AS ENUM ('NOT_STARTED', 'IN_PROGRESS', 'SUPPORT_REQUIRED', 'SUPPORT_DECLINED', 'MET');

-- CreateEnum
CREATE TYPE "ServiceSex" AS ENUM ('ANY', 'FEMALE', 'MALE');

-- CreateEnum
CREATE TYPE "PartnerReferralStatus" AS ENUM ('SUBMITTED', 'ACCEPTED', 'REJECTED', 'COMPLETED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "PartnerOutcome" AS ENUM ('ACHIEVED', 'PARTLY_ACHIEVED', 'NOT_ACHIEVED', 'DISENGAGED');

-- AlterTable
ALTER TABLE "Sentence" ADD COLUMN     "offenceCategory" "OffenceCategory" NOT NULL DEFAULT 'OTHER';

-- CreateTable
CREATE TABLE "IomCohort" (
    "id" UUID NOT NULL,
    "region" "Region" NOT NULL,
    "strand" "IomStrand" NOT NULL,
    "name" VARCHAR(120) NOT NULL,
    "nameCy" VARCHAR(120),
    "offenceTypes" "OffenceCategory"[],
    "minConvictions" INTEGER NOT NULL DEFAULT 0,
    "lookbackMonths" INTEGER NOT NULL DEFAULT 12,
    "minOgrs" DECIMAL(5,2),
    "priorityGroups" TEXT[],
    "reviewEveryWeeks" INTEGER NOT NULL DEFAULT 4,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdById" UUID NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IomCohort_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IomPanelDecision" (
    "id" UUID NOT NULL,
    "cohortId" UUID NOT NULL,
    "offenderId" UUID NOT NULL,
    "selected" BOOLEAN NOT NULL,
    "reason" VARCHAR(1000) NOT NULL,
    "panelOn" DATE NOT NULL,
    "panelists" TEXT[],
    "decidedById" UUID NOT NULL,
    "decidedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IomPanelDecision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IomMember" (
    "id" UUID NOT NULL,
    "cohortId" UUID NOT NULL,
    "offenderId" UUID NOT NULL,
    "status" "IomMemberStatus" NOT NULL DEFAULT 'ACTIVE',
    "policeLeadId" UUID,
    "probationLeadId" UUID,
    "rag" "Rag" NOT NULL DEFAULT 'AMBER',
    "ragReason" VARCHAR(1000) NOT NULL,
    "ragChangedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "nextReviewOn" DATE NOT NULL,
    "jointPlan" VARCHAR(4000),
    "drugTesting" BOOLEAN NOT NULL DEFAULT false,
    "electronicMonitoring" BOOLEAN NOT NULL DEFAULT false,
    "statusReason" VARCHAR(1000),
    "selectedOn" DATE NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "IomMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IomMemberEvent" (
    "id" BIGSERIAL NOT NULL,
    "memberId" UUID NOT NULL,
    "kind" VARCHAR(20) NOT NULL,
    "fromValue" VARCHAR(40),
    "toValue" VARCHAR(40),
    "note" VARCHAR(2000) NOT NULL,
    "byId" UUID NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IomMemberEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PoliceIntelligence" (
    "id" UUID NOT NULL,
    "offenderId" UUID NOT NULL,
    "summary" VARCHAR(2000) NOT NULL,
    "grading" VARCHAR(3) NOT NULL,
    "recordedOn" DATE NOT NULL,
    "authorId" UUID NOT NULL,
    "authorAgencyId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PoliceIntelligence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PathwayAssessment" (
    "id" UUID NOT NULL,
    "offenderId" UUID NOT NULL,
    "pathway" "Pathway" NOT NULL,
    "need" "PathwayNeed",
    "status" "PathwayStatus" NOT NULL DEFAULT 'NOT_STARTED',
    "needIds" UUID[],
    "restricted" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PathwayAssessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PathwayUpdate" (
    "id" BIGSERIAL NOT NULL,
    "assessmentId" UUID NOT NULL,
    "need" "PathwayNeed",
    "status" "PathwayStatus" NOT NULL,
    "needIds" UUID[],
    "note" VARCHAR(2000),
    "authorId" UUID NOT NULL,
    "authorAgencyId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PathwayUpdate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SupportNeed" (
    "id" UUID NOT NULL,
    "pathway" "Pathway" NOT NULL,
    "label" VARCHAR(200) NOT NULL,
    "labelCy" VARCHAR(200) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SupportNeed_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PartnerService" (
    "id" UUID NOT NULL,
    "providerAgencyId" UUID NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "nameCy" VARCHAR(200),
    "description" VARCHAR(1000),
    "pathways" "Pathway"[],
    "regions" "Region"[],
    "eligibleSex" "ServiceSex" NOT NULL DEFAULT 'ANY',
    "minAge" INTEGER,
    "maxAge" INTEGER,
    "substanceMisuse" BOOLEAN NOT NULL DEFAULT false,
    "contactEmail" VARCHAR(200) NOT NULL,
    "contactPhone" VARCHAR(40),
    "active" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PartnerService_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PartnerReferral" (
    "id" UUID NOT NULL,
    "offenderId" UUID NOT NULL,
    "serviceId" UUID NOT NULL,
    "referredById" UUID NOT NULL,
    "pathway" "Pathway" NOT NULL,
    "needIds" UUID[],
    "reason" VARCHAR(2000) NOT NULL,
    "consentToShare" BOOLEAN NOT NULL,
    "priority" BOOLEAN NOT NULL DEFAULT false,
    "status" "PartnerReferralStatus" NOT NULL DEFAULT 'SUBMITTED',
    "decisionReason" VARCHAR(1000),
    "decidedById" UUID,
    "decidedAt" TIMESTAMP(3),
    "caseworkerId" UUID,
    "firstAppointmentAt" TIMESTAMP(3),
    "assessedOn" DATE,
    "carePlan" VARCHAR(4000),
    "carePlanStartedOn" DATE,
    "outcome" "PartnerOutcome",
    "outcomeNote" VARCHAR(2000),
    "closedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PartnerReferral_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PartnerReferralUpdate" (
    "id" BIGSERIAL NOT NULL,
    "referralId" UUID NOT NULL,
    "kind" VARCHAR(40) NOT NULL,
    "note" VARCHAR(2000) NOT NULL,
    "authorId" UUID NOT NULL,
    "authorAgencyId" UUID NOT NULL,
    "contactId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PartnerReferralUpdate_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "IomCohort_region_active_idx" ON "IomCohort"("region", "active");

-- CreateIndex
CREATE INDEX "IomPanelDecision_cohortId_offenderId_idx" ON "IomPanelDecision"("cohortId", "offenderId");

-- CreateIndex
CREATE INDEX "IomMember_offenderId_idx" ON "IomMember"("offenderId");

-- CreateIndex
CREATE UNIQUE INDEX "IomMember_cohortId_offenderId_key" ON "IomMember"("cohortId", "offenderId");

-- CreateIndex
CREATE INDEX "IomMemberEvent_memberId_at_idx" ON "IomMemberEvent"("memberId", "at");

-- CreateIndex
CREATE INDEX "PoliceIntelligence_offenderId_recordedOn_idx" ON "PoliceIntelligence"("offenderId", "recordedOn");

-- CreateIndex
CREATE UNIQUE INDEX "PathwayAssessment_offenderId_pathway_key" ON "PathwayAssessment"("offenderId", "pathway");

-- CreateIndex
CREATE INDEX "PathwayUpdate_assessmentId_createdAt_idx" ON "PathwayUpdate"("assessmentId", "createdAt");

-- CreateIndex
CREATE INDEX "SupportNeed_pathway_active_idx" ON "SupportNeed"("pathway", "active");

-- CreateIndex
CREATE INDEX "PartnerService_providerAgencyId_idx" ON "PartnerService"("providerAgencyId");

-- CreateIndex
CREATE INDEX "PartnerReferral_serviceId_status_idx" ON "PartnerReferral"("serviceId", "status");

-- CreateIndex
CREATE INDEX "PartnerReferral_offenderId_idx" ON "PartnerReferral"("offenderId");

-- CreateIndex
CREATE INDEX "PartnerReferralUpdate_referralId_createdAt_idx" ON "PartnerReferralUpdate"("referralId", "createdAt");

-- AddForeignKey
ALTER TABLE "IomPanelDecision" ADD CONSTRAINT "IomPanelDecision_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "IomCohort"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IomPanelDecision" ADD CONSTRAINT "IomPanelDecision_offenderId_fkey" FOREIGN KEY ("offenderId") REFERENCES "Offender"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IomMember" ADD CONSTRAINT "IomMember_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "IomCohort"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IomMember" ADD CONSTRAINT "IomMember_offenderId_fkey" FOREIGN KEY ("offenderId") REFERENCES "Offender"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IomMember" ADD CONSTRAINT "IomMember_policeLeadId_fkey" FOREIGN KEY ("policeLeadId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IomMember" ADD CONSTRAINT "IomMember_probationLeadId_fkey" FOREIGN KEY ("probationLeadId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IomMemberEvent" ADD CONSTRAINT "IomMemberEvent_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "IomMember"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PoliceIntelligence" ADD CONSTRAINT "PoliceIntelligence_offenderId_fkey" FOREIGN KEY ("offenderId") REFERENCES "Offender"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PoliceIntelligence" ADD CONSTRAINT "PoliceIntelligence_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PathwayAssessment" ADD CONSTRAINT "PathwayAssessment_offenderId_fkey" FOREIGN KEY ("offenderId") REFERENCES "Offender"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PathwayUpdate" ADD CONSTRAINT "PathwayUpdate_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "PathwayAssessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PathwayUpdate" ADD CONSTRAINT "PathwayUpdate_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PathwayUpdate" ADD CONSTRAINT "PathwayUpdate_authorAgencyId_fkey" FOREIGN KEY ("authorAgencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerService" ADD CONSTRAINT "PartnerService_providerAgencyId_fkey" FOREIGN KEY ("providerAgencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerReferral" ADD CONSTRAINT "PartnerReferral_offenderId_fkey" FOREIGN KEY ("offenderId") REFERENCES "Offender"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerReferral" ADD CONSTRAINT "PartnerReferral_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "PartnerService"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerReferral" ADD CONSTRAINT "PartnerReferral_referredById_fkey" FOREIGN KEY ("referredById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerReferral" ADD CONSTRAINT "PartnerReferral_caseworkerId_fkey" FOREIGN KEY ("caseworkerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerReferralUpdate" ADD CONSTRAINT "PartnerReferralUpdate_referralId_fkey" FOREIGN KEY ("referralId") REFERENCES "PartnerReferral"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerReferralUpdate" ADD CONSTRAINT "PartnerReferralUpdate_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Existing sentences take the category their index offence names (the same words as src/server/iom/offence-category.ts).
UPDATE "Sentence" SET "offenceCategory" = CASE
  WHEN "indexOffence" ~* '(sexual|indecent|rape)' THEN 'SEXUAL'
  WHEN "indexOffence" ~* '(coercive|restraining order|domestic)' THEN 'DOMESTIC_ABUSE'
  WHEN "indexOffence" ~* '(burglary|theft|robbery|vehicle taking|fraud|handling stolen)' THEN 'ACQUISITIVE'
  WHEN "indexOffence" ~* '(supply|possession|drug)' THEN 'DRUGS'
  WHEN "indexOffence" ~* '(assault|wounding|grievous|arson|murder|manslaughter)' THEN 'VIOLENCE'
  WHEN "indexOffence" ~* '(affray|public order|violent disorder)' THEN 'PUBLIC_ORDER'
  WHEN "indexOffence" ~* '(driving|motoring)' THEN 'MOTORING'
  ELSE 'OTHER' END::"OffenceCategory";
