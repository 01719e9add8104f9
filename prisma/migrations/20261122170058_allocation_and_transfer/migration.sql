-- CreateEnum
CREATE TYPE "TransferStatus" AS ENUM ('PENDING', 'ACCEPTED', 'REJECTED');

-- CreateTable
CREATE TABLE "OffenderAllocation" (
    "id" UUID NOT NULL,
    "offenderId" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "lduId" UUID,
    "teamId" UUID,
    "offenderManagerId" UUID,
    "reason" VARCHAR(500) NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" TIMESTAMP(3),
    "createdById" UUID NOT NULL,

    CONSTRAINT "OffenderAllocation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TransferRequest" (
    "id" UUID NOT NULL,
    "offenderId" UUID NOT NULL,
    "fromTeamId" UUID,
    "toTeamId" UUID NOT NULL,
    "reason" VARCHAR(500) NOT NULL,
    "status" "TransferStatus" NOT NULL DEFAULT 'PENDING',
    "requestedById" UUID NOT NULL,
    "requestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedById" UUID,
    "decidedAt" TIMESTAMP(3),
    "decisionNote" VARCHAR(500),
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "TransferRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "OffenderAllocation_offenderId_startedAt_idx" ON "OffenderAllocation"("offenderId", "startedAt" DESC);

-- CreateIndex
CREATE INDEX "TransferRequest_toTeamId_status_idx" ON "TransferRequest"("toTeamId", "status");

-- CreateIndex
CREATE INDEX "TransferRequest_offenderId_idx" ON "TransferRequest"("offenderId");

-- AddForeignKey
ALTER TABLE "OffenderAllocation" ADD CONSTRAINT "OffenderAllocation_offenderId_fkey" FOREIGN KEY ("offenderId") REFERENCES "Offender"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TransferRequest" ADD CONSTRAINT "TransferRequest_offenderId_fkey" FOREIGN KEY ("offenderId") REFERENCES "Offender"("id") ON DELETE CASCADE ON UPDATE CASCADE;
