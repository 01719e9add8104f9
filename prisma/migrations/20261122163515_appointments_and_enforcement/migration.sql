-- CreateEnum
CREATE TYPE "EnforcementKind" AS ENUM ('WARNING', 'BREACH', 'RECALL');

-- CreateEnum
CREATE TYPE "EnforcementStatus" AS ENUM ('AWAITING_DECISION', 'AWAITING_COUNTERSIGNATURE', 'ISSUED', 'REJECTED');

-- AlterTable
ALTER TABLE "Contact" ADD COLUMN     "absenceReason" VARCHAR(500),
ADD COLUMN     "cancelReason" VARCHAR(500),
ADD COLUMN     "cancelledAt" TIMESTAMP(3),
ADD COLUMN     "location" VARCHAR(200),
ADD COLUMN     "outcomeRecordedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "EnforcementAction" (
    "id" UUID NOT NULL,
    "offenderId" UUID NOT NULL,
    "failureContactId" UUID NOT NULL,
    "status" "EnforcementStatus" NOT NULL DEFAULT 'AWAITING_DECISION',
    "kind" "EnforcementKind",
    "reason" VARCHAR(1000),
    "decidedById" UUID,
    "decidedAt" TIMESTAMP(3),
    "countersignedById" UUID,
    "countersignedAt" TIMESTAMP(3),
    "countersignNote" VARCHAR(1000),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EnforcementAction_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "EnforcementAction_failureContactId_key" ON "EnforcementAction"("failureContactId");

-- CreateIndex
CREATE INDEX "EnforcementAction_offenderId_idx" ON "EnforcementAction"("offenderId");

-- CreateIndex
CREATE INDEX "EnforcementAction_status_idx" ON "EnforcementAction"("status");

-- AddForeignKey
ALTER TABLE "EnforcementAction" ADD CONSTRAINT "EnforcementAction_offenderId_fkey" FOREIGN KEY ("offenderId") REFERENCES "Offender"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EnforcementAction" ADD CONSTRAINT "EnforcementAction_failureContactId_fkey" FOREIGN KEY ("failureContactId") REFERENCES "Contact"("id") ON DELETE CASCADE ON UPDATE CASCADE;
