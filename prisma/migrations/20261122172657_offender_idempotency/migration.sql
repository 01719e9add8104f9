-- AlterTable
ALTER TABLE "Offender" ADD COLUMN     "idempotencyKey" VARCHAR(64);

-- CreateIndex
CREATE UNIQUE INDEX "Offender_idempotencyKey_key" ON "Offender"("idempotencyKey");
