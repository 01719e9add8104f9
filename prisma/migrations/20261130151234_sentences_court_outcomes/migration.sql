-- CreateEnum
CREATE TYPE "ReleaseDateKind" AS ENUM ('CRD', 'ARD');

-- CreateEnum
CREATE TYPE "TerminationReason" AS ENUM ('COMPLETED', 'EARLY_GOOD_PROGRESS', 'REVOKED_BREACH', 'REVOKED_FURTHER_OFFENCE', 'DIED', 'TRANSFERRED_OUT');

-- CreateEnum
CREATE TYPE "SentenceEventType" AS ENUM ('RECORDED', 'TERMINATED', 'REQUIREMENT_ADDED', 'REQUIREMENT_REMOVED');

-- CreateEnum
CREATE TYPE "AccommodationStatus" AS ENUM ('SETTLED_SUITABLE', 'SETTLED_UNSUITABLE', 'UNSETTLED_TEMPORARY', 'NO_FIXED_ABODE', 'APPROVED_PREMISES', 'IN_CUSTODY');

-- CreateEnum
CREATE TYPE "EteStatus" AS ENUM ('FULL_TIME', 'PART_TIME', 'SELF_EMPLOYED', 'EDUCATION_TRAINING', 'UNEMPLOYED_SEEKING', 'NOT_AVAILABLE');

-- CreateEnum
CREATE TYPE "SnapshotOccasion" AS ENUM ('SENTENCE_START', 'TERMINATION', 'RELEASE', 'REVIEW');

-- CreateEnum
CREATE TYPE "ProvenDisposal" AS ENUM ('CONVICTION', 'CAUTION');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "RequirementKind" ADD VALUE 'EXCLUSION';
ALTER TYPE "RequirementKind" ADD VALUE 'RESIDENCE';
ALTER TYPE "RequirementKind" ADD VALUE 'PROHIBITED_ACTIVITY';

-- AlterEnum
ALTER TYPE "SentenceType" ADD VALUE 'YOUTH_REHABILITATION_ORDER';

-- AlterTable
ALTER TABLE "Sentence" ADD COLUMN     "custodialTermDays" INTEGER,
ADD COLUMN     "custodialTermMonths" INTEGER,
ADD COLUMN     "extensionMonths" INTEGER,
ADD COLUMN     "idempotencyKey" VARCHAR(64),
ADD COLUMN     "lengthDays" INTEGER,
ADD COLUMN     "licenceEndDate" DATE,
ADD COLUMN     "paroleEligibilityDate" DATE,
ADD COLUMN     "recordedById" UUID,
ADD COLUMN     "releaseDate" DATE,
ADD COLUMN     "releaseDateKind" "ReleaseDateKind",
ADD COLUMN     "supervisionEndDate" DATE,
ADD COLUMN     "terminatedOn" DATE,
ADD COLUMN     "terminationReason" "TerminationReason";

-- AlterTable
ALTER TABLE "SentenceRequirement" ADD COLUMN     "conditionCode" VARCHAR(40),
ADD COLUMN     "durationMonths" INTEGER,
ADD COLUMN     "hoursPerDay" INTEGER;

-- CreateTable
CREATE TABLE "SentenceOffence" (
    "id" UUID NOT NULL,
    "sentenceId" UUID NOT NULL,
    "category" "OffenceCategory" NOT NULL,
    "offenceDate" DATE NOT NULL,
    "isMain" BOOLEAN NOT NULL DEFAULT false,
    "description" VARCHAR(200) NOT NULL,

    CONSTRAINT "SentenceOffence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SentenceEvent" (
    "id" UUID NOT NULL,
    "sentenceId" UUID NOT NULL,
    "offenderId" UUID NOT NULL,
    "type" "SentenceEventType" NOT NULL,
    "values" JSONB NOT NULL DEFAULT '{}',
    "actorId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SentenceEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CircumstanceSnapshot" (
    "id" UUID NOT NULL,
    "offenderId" UUID NOT NULL,
    "sentenceId" UUID,
    "occasion" "SnapshotOccasion" NOT NULL,
    "asAt" DATE NOT NULL,
    "accommodation" "AccommodationStatus" NOT NULL,
    "ete" "EteStatus" NOT NULL,
    "recordedById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CircumstanceSnapshot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProvenOffence" (
    "id" UUID NOT NULL,
    "offenderId" UUID NOT NULL,
    "offenceDate" DATE NOT NULL,
    "category" "OffenceCategory" NOT NULL,
    "provenOn" DATE NOT NULL,
    "disposal" "ProvenDisposal" NOT NULL,
    "sentenceType" "SentenceType",
    "description" VARCHAR(200),
    "recordedById" UUID NOT NULL,
    "recordedAgencyId" UUID NOT NULL,
    "idempotencyKey" VARCHAR(64) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProvenOffence_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SentenceOffence_sentenceId_idx" ON "SentenceOffence"("sentenceId");

-- CreateIndex
CREATE INDEX "SentenceEvent_sentenceId_createdAt_idx" ON "SentenceEvent"("sentenceId", "createdAt");

-- CreateIndex
CREATE INDEX "SentenceEvent_offenderId_createdAt_idx" ON "SentenceEvent"("offenderId", "createdAt");

-- CreateIndex
CREATE INDEX "CircumstanceSnapshot_offenderId_asAt_idx" ON "CircumstanceSnapshot"("offenderId", "asAt");

-- CreateIndex
CREATE UNIQUE INDEX "ProvenOffence_idempotencyKey_key" ON "ProvenOffence"("idempotencyKey");

-- CreateIndex
CREATE INDEX "ProvenOffence_offenderId_provenOn_idx" ON "ProvenOffence"("offenderId", "provenOn");

-- CreateIndex
CREATE UNIQUE INDEX "Sentence_idempotencyKey_key" ON "Sentence"("idempotencyKey");

-- AddForeignKey
ALTER TABLE "SentenceOffence" ADD CONSTRAINT "SentenceOffence_sentenceId_fkey" FOREIGN KEY ("sentenceId") REFERENCES "Sentence"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SentenceEvent" ADD CONSTRAINT "SentenceEvent_sentenceId_fkey" FOREIGN KEY ("sentenceId") REFERENCES "Sentence"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SentenceEvent" ADD CONSTRAINT "SentenceEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CircumstanceSnapshot" ADD CONSTRAINT "CircumstanceSnapshot_offenderId_fkey" FOREIGN KEY ("offenderId") REFERENCES "Offender"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CircumstanceSnapshot" ADD CONSTRAINT "CircumstanceSnapshot_sentenceId_fkey" FOREIGN KEY ("sentenceId") REFERENCES "Sentence"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CircumstanceSnapshot" ADD CONSTRAINT "CircumstanceSnapshot_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProvenOffence" ADD CONSTRAINT "ProvenOffence_offenderId_fkey" FOREIGN KEY ("offenderId") REFERENCES "Offender"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProvenOffence" ADD CONSTRAINT "ProvenOffence_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProvenOffence" ADD CONSTRAINT "ProvenOffence_recordedAgencyId_fkey" FOREIGN KEY ("recordedAgencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
