-- A circle meeting the core member did not come to has no mood to record and may have no progress on goals (walk 67
-- F2: the volunteer had to invent how an absent man "seemed"). Both become optional, and required again by the
-- database whenever the core member attended, so no write path can leave them out then.
ALTER TABLE "CircleMinutes" ALTER COLUMN "mood" DROP NOT NULL;
ALTER TABLE "CircleMinutes" ALTER COLUMN "goalsProgress" DROP NOT NULL;
ALTER TABLE "CircleMinutes" ADD CONSTRAINT "CircleMinutes_attended_has_mood_and_progress"
  CHECK (NOT "coreMemberAttended" OR ("mood" IS NOT NULL AND "goalsProgress" IS NOT NULL));
