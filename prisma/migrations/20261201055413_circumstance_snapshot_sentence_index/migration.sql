-- CreateIndex
CREATE INDEX "CircumstanceSnapshot_sentenceId_idx" ON "CircumstanceSnapshot"("sentenceId");
