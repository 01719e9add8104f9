-- CreateEnum
CREATE TYPE "AllocationKind" AS ENUM ('CREATED', 'ALLOCATED', 'TRANSFERRED');

-- AlterEnum
ALTER TYPE "TransferStatus" ADD VALUE 'WITHDRAWN';

-- AlterTable
ALTER TABLE "OffenderAllocation" ADD COLUMN     "kind" "AllocationKind" NOT NULL DEFAULT 'ALLOCATED',
ALTER COLUMN "createdById" DROP NOT NULL;

-- CreateTable
CREATE TABLE "OffenderMerge" (
    "id" UUID NOT NULL,
    "mergedId" UUID NOT NULL,
    "mergedCrn" VARCHAR(7) NOT NULL,
    "keptId" UUID NOT NULL,
    "mergedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "mergedById" UUID,

    CONSTRAINT "OffenderMerge_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RiskFlagReview" (
    "id" UUID NOT NULL,
    "flagId" UUID NOT NULL,
    "reviewedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reviewedById" UUID,
    "notes" VARCHAR(4000),
    "nextReviewDate" DATE NOT NULL,

    CONSTRAINT "RiskFlagReview_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "OffenderMerge_mergedId_key" ON "OffenderMerge"("mergedId");

-- CreateIndex
CREATE UNIQUE INDEX "OffenderMerge_mergedCrn_key" ON "OffenderMerge"("mergedCrn");

-- CreateIndex
CREATE INDEX "OffenderMerge_keptId_idx" ON "OffenderMerge"("keptId");

-- CreateIndex
CREATE INDEX "RiskFlagReview_flagId_reviewedAt_idx" ON "RiskFlagReview"("flagId", "reviewedAt" DESC);

-- AddForeignKey
ALTER TABLE "OffenderMerge" ADD CONSTRAINT "OffenderMerge_keptId_fkey" FOREIGN KEY ("keptId") REFERENCES "Offender"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RiskFlagReview" ADD CONSTRAINT "RiskFlagReview_flagId_fkey" FOREIGN KEY ("flagId") REFERENCES "RiskFlag"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Backfill (issue 15 item 14): rows made by accepting a transfer say so.
UPDATE "OffenderAllocation" a SET "kind" = 'TRANSFERRED'
FROM "TransferRequest" r
WHERE r."offenderId" = a."offenderId" AND r."status" = 'ACCEPTED' AND a."offenderManagerId" IS NULL
  AND a."teamId" = r."toTeamId" AND abs(extract(epoch FROM a."startedAt" - r."decidedAt")) < 5;

-- Backfill (issue 15 item 14): the first allocation, made when the record was created, for every person whose
-- ownership history starts later (or not at all). With no later row the record still holds the first owner.
-- Otherwise the first team is the one a transfer took the case from (or the team of the first row, as an
-- allocation keeps the team), its manager the creator if they were an offender manager, else unknown (null).
WITH firsts AS (
  SELECT o."id" AS "offenderId", o."createdAt", o."responsibleAgencyId", o."lduId", o."teamId", o."offenderManagerId",
    f."startedAt" AS "firstStartedAt", f."teamId" AS "firstTeamId", f."agencyId" AS "firstAgencyId", f."lduId" AS "firstLduId",
    (SELECT r."fromTeamId" FROM "TransferRequest" r WHERE r."offenderId" = o."id" AND r."status" = 'ACCEPTED' ORDER BY r."decidedAt" ASC LIMIT 1) AS "transferredFrom",
    (SELECT e."actorUserId" FROM "AuditEvent" e WHERE e."action" = 'offender.create' AND e."offenderId" = o."id" ORDER BY e."occurredAt" LIMIT 1) AS "creatorId",
    (SELECT 'PROBATION_OFFICER' = ANY(e."actorRoles") FROM "AuditEvent" e WHERE e."action" = 'offender.create' AND e."offenderId" = o."id" ORDER BY e."occurredAt" LIMIT 1) AS "creatorManages"
  FROM "Offender" o
  LEFT JOIN LATERAL (SELECT * FROM "OffenderAllocation" a WHERE a."offenderId" = o."id" ORDER BY a."startedAt" ASC LIMIT 1) f ON true
  WHERE f."id" IS NULL OR f."startedAt" > o."createdAt"
)
INSERT INTO "OffenderAllocation" ("id", "offenderId", "agencyId", "lduId", "teamId", "offenderManagerId", "kind", "reason", "startedAt", "endedAt", "createdById")
SELECT gen_random_uuid(), x."offenderId",
  CASE WHEN x."firstStartedAt" IS NULL THEN x."responsibleAgencyId" ELSE COALESCE(t."agencyId", x."firstAgencyId") END,
  CASE WHEN x."firstStartedAt" IS NULL THEN x."lduId" WHEN t."id" IS NOT NULL THEN t."areaId" ELSE x."firstLduId" END,
  CASE WHEN x."firstStartedAt" IS NULL THEN x."teamId" ELSE COALESCE(x."transferredFrom", x."firstTeamId") END,
  CASE WHEN x."firstStartedAt" IS NULL THEN x."offenderManagerId" WHEN x."creatorManages" THEN x."creatorId" ELSE NULL END,
  'CREATED', '', x."createdAt", x."firstStartedAt", x."creatorId"
FROM firsts x
LEFT JOIN "Team" t ON t."id" = COALESCE(x."transferredFrom", x."firstTeamId");

-- Backfill (issue 15 item 12): reviews made before this change, from the audit trail (their notes were not kept apart).
INSERT INTO "RiskFlagReview" ("id", "flagId", "reviewedAt", "reviewedById", "notes", "nextReviewDate")
SELECT gen_random_uuid(), f."id", e."occurredAt", e."actorUserId", NULL, (e."detail"->>'nextReviewDate')::date
FROM "AuditEvent" e JOIN "RiskFlag" f ON f."id"::text = e."subjectId"
WHERE e."action" = 'registration.review' AND e."subjectType" = 'RiskFlag' AND e."detail"->>'nextReviewDate' ~ '^\d{4}-\d{2}-\d{2}$';

-- Backfill (issue 15 item 13): merges made before this change, from the audit trail (one row per removed record).
INSERT INTO "OffenderMerge" ("id", "mergedId", "mergedCrn", "keptId", "mergedAt", "mergedById")
SELECT DISTINCT ON (e."offenderId") gen_random_uuid(), e."offenderId", e."detail"->>'merged', k."id", e."occurredAt", e."actorUserId"
FROM "AuditEvent" e JOIN "Offender" k ON k."crn" = e."detail"->>'kept'
WHERE e."action" = 'offender.merge' AND e."offenderId" IS NOT NULL AND e."detail"->>'merged' ~ '^[A-Z]\d{6}$'
  AND NOT EXISTS (SELECT 1 FROM "Offender" o WHERE o."id" = e."offenderId")
ORDER BY e."offenderId", e."occurredAt" DESC
ON CONFLICT DO NOTHING;
