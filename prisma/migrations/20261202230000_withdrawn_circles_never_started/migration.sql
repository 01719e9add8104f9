-- A circle withdrawn while still forming never started (closeCircle withdraws only a FORMING circle, leaving
-- endingFrom empty; an ACTIVE circle closes only through ENDING, which sets it). The backfill of
-- 20261130213035_circle_started_and_dropouts gave such circles a start day all the same, so the outcome figures
-- counted them as started and closed (issue 14, walk 35). Their start is cleared, unless an activation was audited.
UPDATE "Circle" c SET "startedOn" = NULL
WHERE c."status" = 'CLOSED' AND c."endingFrom" IS NULL AND c."startedOn" IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM "AuditEvent" a WHERE a."action" = 'cosa.circle.activate' AND a."subjectId" = c."id"::text);
