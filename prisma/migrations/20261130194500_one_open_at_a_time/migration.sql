-- "Only one open at a time" becomes a database rule (issue 15 items 12 and 14, tester's race report): the services
-- counted the open rows and then inserted, so simultaneous submits each saw none and each inserted. A partial unique
-- index makes the second insert fail however the writes interleave; the services turn that into the usual message.
--
-- Duplicates that the race already created are closed first (the earliest row stays open), so the indexes can be
-- built and no row is deleted: each closed row says why.

-- One waiting transfer per person: later duplicates are withdrawn.
UPDATE "TransferRequest" t
SET "status" = 'WITHDRAWN', "decidedAt" = CURRENT_TIMESTAMP, "version" = t."version" + 1,
    "decisionNote" = 'Withdrawn automatically: a duplicate of an earlier waiting transfer request'
WHERE t."status" = 'PENDING'
  AND EXISTS (
    SELECT 1 FROM "TransferRequest" e
    WHERE e."offenderId" = t."offenderId" AND e."status" = 'PENDING'
      AND (e."requestedAt", e."id") < (t."requestedAt", t."id")
  );

-- One active registration of a type per person: later duplicates are deregistered.
UPDATE "RiskFlag" f
SET "deregisteredAt" = CURRENT_DATE, "version" = f."version" + 1,
    "deregisterReason" = 'Deregistered automatically: a duplicate of an earlier active registration of this type'
WHERE f."deregisteredAt" IS NULL
  AND EXISTS (
    SELECT 1 FROM "RiskFlag" e
    WHERE e."offenderId" = f."offenderId" AND e."type" = f."type" AND e."deregisteredAt" IS NULL
      AND (e."registeredAt", e."id") < (f."registeredAt", f."id")
  );

-- One MAPPA referral awaiting a decision per person: later duplicates are returned.
UPDATE "MappaReferral" r
SET "status" = 'RETURNED', "decidedAt" = CURRENT_TIMESTAMP, "version" = r."version" + 1,
    "decisionReason" = 'Returned automatically: a duplicate of an earlier referral awaiting a decision'
WHERE r."status" = 'SUBMITTED'
  AND EXISTS (
    SELECT 1 FROM "MappaReferral" e
    WHERE e."offenderId" = r."offenderId" AND e."status" = 'SUBMITTED'
      AND (e."createdAt", e."id") < (r."createdAt", r."id")
  );

CREATE UNIQUE INDEX "TransferRequest_one_pending_per_offender" ON "TransferRequest"("offenderId") WHERE "status" = 'PENDING';
CREATE UNIQUE INDEX "RiskFlag_one_active_per_type" ON "RiskFlag"("offenderId", "type") WHERE "deregisteredAt" IS NULL;
CREATE UNIQUE INDEX "MappaReferral_one_submitted_per_offender" ON "MappaReferral"("offenderId") WHERE "status" = 'SUBMITTED';
