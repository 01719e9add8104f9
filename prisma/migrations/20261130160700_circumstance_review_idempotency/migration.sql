-- AlterTable
ALTER TABLE "CircumstanceSnapshot" ADD COLUMN     "idempotencyKey" VARCHAR(64);

-- CreateIndex
CREATE UNIQUE INDEX "CircumstanceSnapshot_idempotencyKey_key" ON "CircumstanceSnapshot"("idempotencyKey");
