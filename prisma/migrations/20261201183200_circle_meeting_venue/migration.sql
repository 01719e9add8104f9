-- Where a circle meeting was held, kept when the circle's venue changes after it (f16c item 7: a venue change rewrote
-- past meetings' LOCATION in the calendar feed). Null means the circle's venue, so existing rows need no back-fill:
-- the history of earlier venue changes was not kept, and the circle's venue is the best known for them.
ALTER TABLE "CircleMeeting" ADD COLUMN "venue" VARCHAR(200);
