-- CreateEnum
CREATE TYPE "CoreMemberMood" AS ENUM ('POSITIVE', 'SETTLED', 'LOW', 'ANXIOUS', 'AGITATED');

-- CreateEnum
CREATE TYPE "CircleReviewKind" AS ENUM ('QUARTERLY', 'END');

-- AlterTable
ALTER TABLE "Circle" ADD COLUMN     "agreedGoals" VARCHAR(2000),
ADD COLUMN     "closedOn" DATE,
ADD COLUMN     "endingFrom" DATE,
ADD COLUMN     "endingReason" VARCHAR(1000),
ADD COLUMN     "goalsAgreedOn" DATE;

-- AlterTable
ALTER TABLE "CircleMeeting" ADD COLUMN     "cancelledReason" VARCHAR(500);

-- AlterTable
ALTER TABLE "CosaVolunteer" ADD COLUMN     "calendarTokenHash" VARCHAR(64);

-- CreateTable
CREATE TABLE "CircleMinutes" (
    "id" UUID NOT NULL,
    "meetingId" UUID NOT NULL,
    "authorId" UUID NOT NULL,
    "coreMemberAttended" BOOLEAN NOT NULL,
    "presentVolunteerIds" UUID[],
    "discussion" VARCHAR(4000) NOT NULL,
    "mood" "CoreMemberMood" NOT NULL,
    "goalsProgress" VARCHAR(2000) NOT NULL,
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CircleMinutes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CircleOuterMember" (
    "id" UUID NOT NULL,
    "circleId" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "name" VARCHAR(120) NOT NULL,
    "role" VARCHAR(120) NOT NULL,
    "email" VARCHAR(200),
    "addedById" UUID NOT NULL,
    "addedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "removedOn" DATE,

    CONSTRAINT "CircleOuterMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CircleReview" (
    "id" UUID NOT NULL,
    "circleId" UUID NOT NULL,
    "kind" "CircleReviewKind" NOT NULL,
    "heldOn" DATE NOT NULL,
    "attendees" TEXT[],
    "progress" VARCHAR(4000) NOT NULL,
    "nextReviewOn" DATE,
    "recordedById" UUID NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CircleReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CircleQuestionnaire" (
    "id" UUID NOT NULL,
    "circleId" UUID NOT NULL,
    "completedOn" DATE NOT NULL,
    "feltSupported" INTEGER NOT NULL,
    "lessIsolated" INTEGER NOT NULL,
    "copingBetter" INTEGER NOT NULL,
    "confidentFuture" INTEGER NOT NULL,
    "comments" VARCHAR(2000),
    "recordedById" UUID NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CircleQuestionnaire_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CosaSupervision" (
    "id" UUID NOT NULL,
    "volunteerId" UUID NOT NULL,
    "heldOn" DATE NOT NULL,
    "supervisorId" UUID NOT NULL,
    "notes" VARCHAR(2000) NOT NULL,
    "nextDueOn" DATE NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CosaSupervision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CircleMinutes_meetingId_key" ON "CircleMinutes"("meetingId");

-- CreateIndex
CREATE INDEX "CircleOuterMember_circleId_idx" ON "CircleOuterMember"("circleId");

-- CreateIndex
CREATE INDEX "CircleReview_circleId_heldOn_idx" ON "CircleReview"("circleId", "heldOn");

-- CreateIndex
CREATE UNIQUE INDEX "CircleQuestionnaire_circleId_key" ON "CircleQuestionnaire"("circleId");

-- CreateIndex
CREATE UNIQUE INDEX "CosaSupervision_volunteerId_heldOn_key" ON "CosaSupervision"("volunteerId", "heldOn");

-- CreateIndex
CREATE UNIQUE INDEX "CosaVolunteer_calendarTokenHash_key" ON "CosaVolunteer"("calendarTokenHash");

-- AddForeignKey
ALTER TABLE "CircleMinutes" ADD CONSTRAINT "CircleMinutes_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "CircleMeeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CircleMinutes" ADD CONSTRAINT "CircleMinutes_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "CosaVolunteer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CircleOuterMember" ADD CONSTRAINT "CircleOuterMember_circleId_fkey" FOREIGN KEY ("circleId") REFERENCES "Circle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CircleOuterMember" ADD CONSTRAINT "CircleOuterMember_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CircleReview" ADD CONSTRAINT "CircleReview_circleId_fkey" FOREIGN KEY ("circleId") REFERENCES "Circle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CircleQuestionnaire" ADD CONSTRAINT "CircleQuestionnaire_circleId_fkey" FOREIGN KEY ("circleId") REFERENCES "Circle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CosaSupervision" ADD CONSTRAINT "CosaSupervision_volunteerId_fkey" FOREIGN KEY ("volunteerId") REFERENCES "CosaVolunteer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CosaSupervision" ADD CONSTRAINT "CosaSupervision_supervisorId_fkey" FOREIGN KEY ("supervisorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
