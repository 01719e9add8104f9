-- The day a circle's current meeting pattern applies from, apart from its start (issue 16, cosa17 item 1).
ALTER TABLE "Circle" ADD COLUMN "patternFrom" DATE;

-- Back-fill: a pattern never changed since the circle's first meeting dates from that meeting.
UPDATE "Circle" SET "patternFrom" = "startDate" WHERE "startDate" IS NOT NULL;

-- A pattern set again (audited as cosa.circle.setup) after the first meeting day dates from the first meeting the
-- circle has on or after that change (timestamps are stored as UTC without a zone), or, without one, the London day of the change.
UPDATE "Circle" c
SET "patternFrom" = COALESCE(
  (SELECT min((m."startsAt" AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/London')::date) FROM "CircleMeeting" m WHERE m."circleId" = c.id AND m."status" = 'SCHEDULED' AND m."startsAt" >= s."changedAt"),
  (s."changedAt" AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/London')::date
)
FROM (
  SELECT "subjectId", max("occurredAt") AS "changedAt" FROM "AuditEvent"
  WHERE action = 'cosa.circle.setup' AND "subjectType" = 'Circle' GROUP BY "subjectId"
) s
WHERE s."subjectId" = c.id::text AND c."startDate" IS NOT NULL AND (s."changedAt" AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/London')::date > c."startDate";
