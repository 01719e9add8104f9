-- What released a volunteer from a circle (re-walk D10 of issue 16): volunteers released by withdrawing or closing a
-- circle showed "Why they left: None recorded".
CREATE TYPE "CircleLeftBecause" AS ENUM ('REMOVED', 'CIRCLE_WITHDRAWN', 'CIRCLE_CLOSED', 'VOLUNTEER_LEFT');

ALTER TABLE "CircleMember" ADD COLUMN "leftBecause" "CircleLeftBecause",
  -- As long as the circle's ending reason, which a released member's reason now copies.
  ALTER COLUMN "leftReason" SET DATA TYPE VARCHAR(1000);

-- Backfill. A member who left with a reason before this change was taken out by the coordinator.
UPDATE "CircleMember" SET "leftBecause" = 'REMOVED' WHERE "leftOn" IS NOT NULL AND "leftReason" IS NOT NULL;

-- A member of a closed circle with no reason, who left on or after the day it closed, was released by the close: a
-- withdrawal when the close's audit event says so (break test of issue 16, D9), else a close after the ending. The
-- circle's reason (the withdrawal reason, or the ending reason) becomes theirs.
UPDATE "CircleMember" AS m
SET "leftBecause" = CASE WHEN EXISTS (
      SELECT 1 FROM "AuditEvent" AS a
      WHERE a.action = 'cosa.circle.close' AND a."subjectId" = c.id::text AND a.detail ->> 'withdrawn' = '1'
    ) THEN 'CIRCLE_WITHDRAWN'::"CircleLeftBecause" ELSE 'CIRCLE_CLOSED'::"CircleLeftBecause" END,
    "leftReason" = c."endingReason"
FROM "Circle" AS c
WHERE m."circleId" = c.id
  AND c.status = 'CLOSED'
  AND c."closedOn" IS NOT NULL
  AND m."leftOn" IS NOT NULL
  AND m."leftOn" >= c."closedOn"
  AND m."leftReason" IS NULL;
