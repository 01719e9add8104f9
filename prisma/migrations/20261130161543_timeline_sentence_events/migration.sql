-- Sentence events and further convictions join the person's timeline (ADR 0008 addendum): each gets the timeline's
-- sort key, London midnight of the day it happened, so it pages with contacts on (occurredAt, id).
-- DropIndex
DROP INDEX "SentenceEvent_offenderId_createdAt_idx";

-- AlterTable: add, backfill from the stored date values (falling back to when it was recorded), then require.
ALTER TABLE "ProvenOffence" ADD COLUMN     "occurredAt" TIMESTAMP(3);
UPDATE "ProvenOffence" SET "occurredAt" = ("provenOn"::timestamp AT TIME ZONE 'Europe/London') AT TIME ZONE 'UTC';
ALTER TABLE "ProvenOffence" ALTER COLUMN "occurredAt" SET NOT NULL;

ALTER TABLE "SentenceEvent" ADD COLUMN     "occurredAt" TIMESTAMP(3);
UPDATE "SentenceEvent" SET "occurredAt" = COALESCE(
  (COALESCE("values"->>'on', "values"->>'terminatedOn', "values"->>'sentenceDate')::date::timestamp AT TIME ZONE 'Europe/London') AT TIME ZONE 'UTC',
  "createdAt");
ALTER TABLE "SentenceEvent" ALTER COLUMN "occurredAt" SET NOT NULL;

-- CreateIndex
CREATE INDEX "ProvenOffence_offenderId_occurredAt_idx" ON "ProvenOffence"("offenderId", "occurredAt" DESC);

-- CreateIndex
CREATE INDEX "SentenceEvent_offenderId_occurredAt_idx" ON "SentenceEvent"("offenderId", "occurredAt" DESC);
