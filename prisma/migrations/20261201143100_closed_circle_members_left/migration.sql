-- Closing a circle releases every member, but a volunteer added in the same instant as the close stayed a member of
-- the closed circle with no "left" date, counted against their circle limit for ever (break test of issue 16, D1;
-- circleOf now holds the circle row, so it cannot happen again). Such rows get the circle's close date as the day
-- they left. Its coming meetings were cancelled by the close, so nothing else of theirs remains to repair.
UPDATE "CircleMember" AS m
SET "leftOn" = GREATEST(c."closedOn", m."joinedOn")
FROM "Circle" AS c
WHERE m."circleId" = c.id
  AND c.status = 'CLOSED'
  AND m."leftOn" IS NULL
  AND c."closedOn" IS NOT NULL;
