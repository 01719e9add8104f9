-- AlterTable
ALTER TABLE "AccessRestriction" ADD COLUMN     "automatic" BOOLEAN NOT NULL DEFAULT false;

-- Backfill (issue 17 item 3): entries the app kept on a new restriction list are named in the audit event of the
-- addition (detail.keptOnList); everything else was named by a senior.
UPDATE "AccessRestriction" r
SET "automatic" = true
WHERE r."kind" = 'RESTRICTION'
  AND EXISTS (
    SELECT 1 FROM "AuditEvent" a
    WHERE a."action" = 'offender.access.add'
      AND a."offenderId" = r."offenderId"
      AND jsonb_typeof(a."detail"->'keptOnList') = 'array'
      AND (a."detail"->'keptOnList') ? r."userId"::text
  );
