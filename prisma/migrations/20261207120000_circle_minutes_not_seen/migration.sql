-- A circle meeting the core member did not come to has no mood to record and may have no progress on goals (walk 67
-- F2: the volunteer had to invent how an absent man "seemed"). Both become optional, and required again by the
-- database whenever the core member attended, so no write path can leave them out then; and no mood is kept for a
-- meeting they missed (review 67 B3: a mood chosen before "No" was kept, and read as how an absent man seemed).
ALTER TABLE "CircleMinutes" ALTER COLUMN "mood" DROP NOT NULL;
ALTER TABLE "CircleMinutes" ALTER COLUMN "goalsProgress" DROP NOT NULL;
ALTER TABLE "CircleMinutes" ADD CONSTRAINT "CircleMinutes_attended_has_mood_and_progress"
  CHECK (NOT "coreMemberAttended" OR ("mood" IS NOT NULL AND "goalsProgress" IS NOT NULL));
ALTER TABLE "CircleMinutes" ADD CONSTRAINT "CircleMinutes_missed_has_no_mood"
  CHECK ("coreMemberAttended" OR "mood" IS NULL);
