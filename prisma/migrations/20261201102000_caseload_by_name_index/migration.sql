-- DropIndex
DROP INDEX "Offender_offenderManagerId_idx";

-- CreateIndex
CREATE INDEX "Offender_caseload_by_name_idx" ON "Offender"("offenderManagerId", "lastName", "firstName", "crn", "teamId", "lduId", "id");
