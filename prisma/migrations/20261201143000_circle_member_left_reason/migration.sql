-- Why a volunteer left a circle, asked when the coordinator takes them out (issue 16 walk-through D9); null for
-- those who left before it was asked and for those released when the circle closed.
ALTER TABLE "CircleMember" ADD COLUMN "leftReason" VARCHAR(500);
