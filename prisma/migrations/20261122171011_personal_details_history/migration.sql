-- AlterTable
ALTER TABLE "Offender" ADD COLUMN     "phone" VARCHAR(30);

-- CreateTable
CREATE TABLE "OffenderDetailChange" (
    "id" BIGSERIAL NOT NULL,
    "offenderId" UUID NOT NULL,
    "field" VARCHAR(40) NOT NULL,
    "oldValue" VARCHAR(500),
    "newValue" VARCHAR(500),
    "changedById" UUID NOT NULL,
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OffenderDetailChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "OffenderDetailChange_offenderId_changedAt_idx" ON "OffenderDetailChange"("offenderId", "changedAt" DESC);

-- AddForeignKey
ALTER TABLE "OffenderDetailChange" ADD CONSTRAINT "OffenderDetailChange_offenderId_fkey" FOREIGN KEY ("offenderId") REFERENCES "Offender"("id") ON DELETE CASCADE ON UPDATE CASCADE;
