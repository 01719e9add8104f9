-- A circle's slot (circle, start) is held only by a meeting that is not cancelled (fix16a item 1): with the old
-- unique index the cancelled meetings of an old pattern kept their slots, so going back to that pattern, or
-- rebuilding after a return to running, generated nothing. Cancelled meetings stay as the record; any number of
-- them may share a slot with at most one live meeting.
DROP INDEX "CircleMeeting_circleId_startsAt_key";
CREATE INDEX "CircleMeeting_circleId_startsAt_idx" ON "CircleMeeting"("circleId", "startsAt");
CREATE UNIQUE INDEX "CircleMeeting_one_live_per_slot" ON "CircleMeeting"("circleId", "startsAt") WHERE "status" <> 'CANCELLED';
