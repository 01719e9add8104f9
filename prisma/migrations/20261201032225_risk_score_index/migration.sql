-- CreateIndex
CREATE INDEX "RiskProfile_ogrs3Year2_idx" ON "RiskProfile"("ogrs3Year2" DESC);
