-- Places on meetings still to come held by a volunteer who has since left that circle (removed before removal
-- released them, walk 20 D13): shown as ordinary places and counted as double bookings in their other circle (break
-- test of issue 16, D3). Released now as removal releases them, with the trace on the meeting: "no longer in this
-- circle", the reason they left, recorded as by the circle's coordinator. Volunteers who are not members and never
-- were (cover from the wider pool) keep their places.
WITH released AS (
  DELETE FROM "CircleAssignment" a
  USING "CircleMeeting" m, "Circle" c
  WHERE a."meetingId" = m.id AND m."circleId" = c.id
    AND m.status = 'SCHEDULED' AND m."startsAt" > now()
    AND EXISTS (SELECT 1 FROM "CircleMember" gone WHERE gone."circleId" = c.id AND gone."volunteerId" = a."volunteerId" AND gone."leftOn" IS NOT NULL)
    AND NOT EXISTS (SELECT 1 FROM "CircleMember" now WHERE now."circleId" = c.id AND now."volunteerId" = a."volunteerId" AND now."leftOn" IS NULL)
  RETURNING a."meetingId", a."volunteerId", c."coordinatorId", c.id AS "circleId"
)
INSERT INTO "CircleMeetingDropout" (id, "meetingId", "volunteerId", kind, reason, "recordedById")
SELECT gen_random_uuid(), r."meetingId", r."volunteerId", 'LEFT_CIRCLE',
  LEFT(COALESCE((SELECT gone."leftReason" FROM "CircleMember" gone WHERE gone."circleId" = r."circleId" AND gone."volunteerId" = r."volunteerId" ORDER BY gone."leftOn" DESC LIMIT 1), ''), 500),
  r."coordinatorId"
FROM released r;
