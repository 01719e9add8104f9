-- Issue 15 item 17: an IOM cohort's area can be a local area inside its force area: an LDU and/or local authorities.
-- Existing cohorts keep no local area, i.e. the whole force area they had; a coordinator narrows each on its page.
-- An LDU a cohort is drawn from cannot be deleted from under it (RESTRICT): that would silently widen the cohort.
-- AlterTable
ALTER TABLE "IomCohort" ADD COLUMN     "lduId" UUID,
ADD COLUMN     "localAuthorityIds" UUID[] DEFAULT ARRAY[]::UUID[];

-- AddForeignKey
ALTER TABLE "IomCohort" ADD CONSTRAINT "IomCohort_lduId_fkey" FOREIGN KEY ("lduId") REFERENCES "Area"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
