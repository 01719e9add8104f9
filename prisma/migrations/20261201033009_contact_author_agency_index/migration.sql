-- CreateIndex
CREATE INDEX "Contact_offenderId_authorAgencyId_idx" ON "Contact"("offenderId", "authorAgencyId");
