-- CreateEnum
CREATE TYPE "CircleMeetingStatus" AS ENUM ('SCHEDULED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "AssignmentResponse" AS ENUM ('PENDING', 'CONFIRMED', 'DECLINED');

-- CreateTable
CREATE TABLE "CircleMeeting" (
    "id" UUID NOT NULL,
    "circleId" UUID NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "status" "CircleMeetingStatus" NOT NULL DEFAULT 'SCHEDULED',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CircleMeeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CircleAssignment" (
    "id" UUID NOT NULL,
    "meetingId" UUID NOT NULL,
    "volunteerId" UUID NOT NULL,
    "response" "AssignmentResponse" NOT NULL DEFAULT 'PENDING',
    "overrideReason" VARCHAR(500),
    "assignedById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CircleAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CircleMeeting_startsAt_idx" ON "CircleMeeting"("startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "CircleMeeting_circleId_startsAt_key" ON "CircleMeeting"("circleId", "startsAt");

-- CreateIndex
CREATE INDEX "CircleAssignment_volunteerId_idx" ON "CircleAssignment"("volunteerId");

-- CreateIndex
CREATE UNIQUE INDEX "CircleAssignment_meetingId_volunteerId_key" ON "CircleAssignment"("meetingId", "volunteerId");

-- AddForeignKey
ALTER TABLE "CircleMeeting" ADD CONSTRAINT "CircleMeeting_circleId_fkey" FOREIGN KEY ("circleId") REFERENCES "Circle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CircleAssignment" ADD CONSTRAINT "CircleAssignment_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "CircleMeeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CircleAssignment" ADD CONSTRAINT "CircleAssignment_volunteerId_fkey" FOREIGN KEY ("volunteerId") REFERENCES "CosaVolunteer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
