-- An audit row keeps the reason of the step it records whole: a MAPPA referral returned with a reason of 501 to 1,000
-- characters (its form's limit) failed at the audit insert, so the return was refused with "Something went wrong".
-- varchar to text changes no stored value and rewrites nothing.
-- AlterTable
ALTER TABLE "AuditEvent" ALTER COLUMN "reason" SET DATA TYPE TEXT;
