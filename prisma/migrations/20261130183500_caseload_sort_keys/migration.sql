-- The caseload's derived sort keys (issue 15 item 9), computed when read so that "next", "last" and "overdue"
-- are always as of now. A plain view PostgreSQL inlines: joined to a filtered caseload, it computes the keys of
-- those people only, each from an index on (offenderId, ...). Prisma Migrate does not manage views, so this SQL
-- is the view's definition; prisma/schema/caseload.prisma describes its columns.
-- The rules match src/lib/risk.ts computeTier (tier A = 1 .. G = 7, COMPLEXITY_FLAGS) and
-- src/server/offenders/offender.select.ts / last-contacts.ts (next appointment, last contact, overdue items):
-- change both together (tests/integration/offenders/caseload-sort.int.test.ts compares them).
CREATE VIEW "OffenderCaseloadKeys" AS
SELECT
  o."id" AS "offenderId",
  (
    SELECT CASE
      WHEN rp."rosh" = 'VERY_HIGH' OR COALESCE(fl."mappa", 0) >= 2 THEN 1
      WHEN rp."rosh" = 'HIGH' THEN 2
      WHEN rp."rosh" = 'MEDIUM' THEN CASE WHEN fl."iom" OR fl."complexity" >= 2 THEN 3 ELSE 4 END
      WHEN fl."iom" THEN 5
      WHEN fl."complexity" >= 1 THEN 6
      ELSE 7
    END
    FROM (SELECT (SELECT p."overallRosh"::text FROM "RiskProfile" p WHERE p."offenderId" = o."id") AS "rosh") rp,
      (
        SELECT max(f."level") FILTER (WHERE f."type" = 'MAPPA') AS "mappa",
          COALESCE(bool_or(f."type" = 'IOM'), false) AS "iom",
          count(*) FILTER (WHERE f."type" IN ('MENTAL_HEALTH', 'SELF_HARM', 'CHILD_CONCERNS', 'DOMESTIC_ABUSE_PERPETRATOR', 'GANGS', 'VULNERABILITY')) AS "complexity"
        FROM "RiskFlag" f WHERE f."offenderId" = o."id" AND f."deregisteredAt" IS NULL
      ) fl
  ) AS "tierRank",
  (
    SELECT min(c."occurredAt") FROM "Contact" c
    WHERE c."offenderId" = o."id" AND c."type" = 'APPOINTMENT' AND c."outcome" IS NULL AND c."cancelledAt" IS NULL
      AND c."occurredAt" >= (now() AT TIME ZONE 'UTC')
  ) AS "nextAppointmentAt",
  (
    SELECT max(c."occurredAt") FROM "Contact" c
    WHERE c."offenderId" = o."id" AND c."occurredAt" <= (now() AT TIME ZONE 'UTC')
  ) AS "lastContactAt",
  (
    (SELECT count(*) FROM "Contact" c
      WHERE c."offenderId" = o."id" AND c."type" = 'APPOINTMENT' AND c."outcome" IS NULL AND c."cancelledAt" IS NULL
        AND c."occurredAt" < (now() AT TIME ZONE 'UTC'))
    + (SELECT count(*) FROM "RiskFlag" f
      WHERE f."offenderId" = o."id" AND f."deregisteredAt" IS NULL AND f."nextReviewDate" < (now() AT TIME ZONE 'Europe/London')::date)
  )::int AS "overdueItems"
FROM "Offender" o;
