-- CreateTable
CREATE TABLE "ServiceLevelBreach" (
    "id" UUID NOT NULL,
    "referralId" UUID NOT NULL,
    "stage" VARCHAR(20) NOT NULL,
    "dueOn" DATE NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ServiceLevelBreach_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ServiceLevelBreach_recordedAt_idx" ON "ServiceLevelBreach"("recordedAt");

-- CreateIndex
CREATE UNIQUE INDEX "ServiceLevelBreach_referralId_stage_key" ON "ServiceLevelBreach"("referralId", "stage");

-- AddForeignKey
ALTER TABLE "ServiceLevelBreach" ADD CONSTRAINT "ServiceLevelBreach_referralId_fkey" FOREIGN KEY ("referralId") REFERENCES "PartnerReferral"("id") ON DELETE CASCADE ON UPDATE CASCADE;
