-- CreateEnum
CREATE TYPE "ConcernUrgency" AS ENUM ('URGENT', 'ROUTINE');

-- CreateEnum
CREATE TYPE "ConcernStatus" AS ENUM ('RAISED', 'PASSED_ON', 'CLOSED');

-- CreateTable
CREATE TABLE "CosaConcern" (
    "id" UUID NOT NULL,
    "circleId" UUID NOT NULL,
    "volunteerId" UUID NOT NULL,
    "urgency" "ConcernUrgency" NOT NULL,
    "description" VARCHAR(2000) NOT NULL,
    "status" "ConcernStatus" NOT NULL DEFAULT 'RAISED',
    "riskJudgement" VARCHAR(2000),
    "passedAt" TIMESTAMP(3),
    "passedById" UUID,
    "contactId" UUID,
    "outcome" VARCHAR(2000),
    "outcomeAt" TIMESTAMP(3),
    "outcomeById" UUID,
    "raisedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CosaConcern_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CosaConcern_circleId_status_idx" ON "CosaConcern"("circleId", "status");

-- AddForeignKey
ALTER TABLE "CosaConcern" ADD CONSTRAINT "CosaConcern_circleId_fkey" FOREIGN KEY ("circleId") REFERENCES "Circle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CosaConcern" ADD CONSTRAINT "CosaConcern_volunteerId_fkey" FOREIGN KEY ("volunteerId") REFERENCES "CosaVolunteer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
