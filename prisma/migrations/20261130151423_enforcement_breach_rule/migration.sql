-- AlterTable
ALTER TABLE "EnforcementAction" ADD COLUMN     "breachExpected" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "noBreachReason" VARCHAR(1000);

-- Issue 13: outcomes with enforcement meaning never come from a free contact. The application refuses them
-- (src/server/enforcement/enforcement-rules.ts); the database keeps them on the types only the flows write:
-- an absence (failed to attend / acceptable) on an appointment, a warning/breach/recall on the enforcement
-- record's case note. NOT VALID: rows written before this fix are left as they are (and may be reviewed), every
-- new or changed row is checked.
ALTER TABLE "Contact" ADD CONSTRAINT "Contact_enforcement_outcome_type_check" CHECK (
  ("outcome" IS NULL OR "outcome" NOT IN ('FAILED_TO_ATTEND', 'ACCEPTABLE_ABSENCE') OR "type" = 'APPOINTMENT')
  AND ("outcome" IS NULL OR "outcome" NOT IN ('WARNING', 'BREACH', 'RECALL') OR "type" = 'CASE_NOTE')
) NOT VALID;
