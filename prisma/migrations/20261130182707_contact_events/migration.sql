-- AlterTable
ALTER TABLE "Contact" ADD COLUMN     "event" VARCHAR(60),
ADD COLUMN     "eventValues" JSONB;

-- Backfill (issue 15 item 2): the partner-referral steps the old code wrote on the timeline as a finished sentence in
-- its author's language. Each is linked from its PartnerReferralUpdate, whose referral and service hold the values the
-- sentence was made of, so they are read back from there rather than by parsing English or Welsh text. A dated step
-- (first appointment, assessment, care plan) is read back only when the referral has that step once, so the date on
-- the referral is the one its sentence gave; anything else keeps its sentence as legacy text (event stays NULL).
WITH steps AS (
  SELECT u."contactId" AS id, u.kind, u.note, r.pathway, r.priority, r."firstAppointmentAt", r."assessedOn", r."carePlanStartedOn", r.outcome,
         s.name, s."nameCy", count(*) OVER (PARTITION BY u."referralId", u.kind) AS times
  FROM "PartnerReferralUpdate" u
  JOIN "PartnerReferral" r ON r.id = u."referralId"
  JOIN "PartnerService" s ON s.id = r."serviceId"
  WHERE u."contactId" IS NOT NULL
)
UPDATE "Contact" c
SET "event" = 'partner.' || steps.kind,
    "eventValues" = jsonb_strip_nulls(jsonb_build_object(
      'service', jsonb_build_object('name', steps.name, 'nameCy', steps."nameCy"),
      'pathway', steps.pathway::text,
      'priority', CASE WHEN steps.kind = 'REFERRED' THEN steps.priority END,
      'at', CASE WHEN steps.kind = 'FIRST_APPOINTMENT' THEN to_char(steps."firstAppointmentAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') END,
      'on', CASE steps.kind WHEN 'ASSESSED' THEN to_char(steps."assessedOn", 'YYYY-MM-DD') WHEN 'CARE_PLAN' THEN to_char(steps."carePlanStartedOn", 'YYYY-MM-DD') END,
      'outcome', CASE WHEN steps.kind = 'CLOSED' THEN steps.outcome::text END)),
    "notes" = steps.note
FROM steps
WHERE c.id = steps.id AND c.type = 'PARTNER_UPDATE' AND c."event" IS NULL
  AND steps.kind IN ('REFERRED', 'ACCEPTED', 'REJECTED', 'FIRST_APPOINTMENT', 'ASSESSED', 'CARE_PLAN', 'PROGRESS', 'CLOSED', 'WITHDRAWN')
  AND (steps.kind NOT IN ('FIRST_APPOINTMENT', 'ASSESSED', 'CARE_PLAN') OR steps.times = 1)
  AND (steps.kind <> 'FIRST_APPOINTMENT' OR steps."firstAppointmentAt" IS NOT NULL)
  AND (steps.kind <> 'ASSESSED' OR steps."assessedOn" IS NOT NULL)
  AND (steps.kind <> 'CARE_PLAN' OR steps."carePlanStartedOn" IS NOT NULL)
  AND (steps.kind <> 'CLOSED' OR steps.outcome IS NOT NULL);
