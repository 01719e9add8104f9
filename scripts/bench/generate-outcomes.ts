import { Prisma, type PrismaClient } from '../../src/generated/prisma/client'

// The bench people ('B…' CRNs) with a stable per-person number k, for spreading events without random().
const benchPeople = Prisma.sql`(SELECT id, "offenderManagerId", "responsibleAgencyId", abs(hashtext(id::text)) AS k FROM "Offender" WHERE crn LIKE 'B%')`

/**
 * The recorded events the outcome indicators (issue 14) are computed from, in bulk SQL over the bench people generated
 * by generateBulk, spread over the last two years so every quarter of the dashboard's default eight has figures:
 * custodial sentences with their release (one person in four), accommodation and ETE on release and at termination,
 * terminations with mixed reasons and some recalls, further proven offences committed and proven on different days
 * (some serious, some past the waiting period), enforcement decisions on failed appointments, and veterans. Each step
 * is skipped when its rows are there; people's local authorities and ethnicities too (a kept database is generated once). Input: the client and `missing`, the probe
 * of generateBulk. Issue 14 "Done when" (bench) and the dash18 brief, item 1.
 */
export async function generateOutcomeEvents(db: PrismaClient, missing: (probe: Promise<unknown[]>) => Promise<boolean>) {
  // Custody, released on a day in the last two years; the licence ends 180 days later (ended ones are terminated).
  if (await missing(db.$queryRaw<unknown[]>`SELECT 1 FROM "Sentence" WHERE "indexOffence" = 'Bench custody' LIMIT 1`)) await db.$executeRaw`
    INSERT INTO "Sentence" (id, "offenderId", type, status, "indexOffence", "offenceCategory", "startDate", "expectedEndDate", "releaseDate", "licenceEndDate", "terminationReason", "terminatedOn", "updatedAt")
    SELECT gen_random_uuid(), o.id, 'CUSTODY', (CASE WHEN x.rel + 180 < current_date THEN 'COMPLETED' ELSE 'ACTIVE' END)::"SentenceStatus",
      'Bench custody', (ARRAY['ACQUISITIVE','VIOLENCE','DRUGS','SEXUAL','PUBLIC_ORDER'])[1 + o.k % 5]::"OffenceCategory",
      x.rel - 180, x.rel + 180, x.rel, x.rel + 180,
      CASE WHEN x.rel + 180 < current_date THEN (ARRAY['COMPLETED','COMPLETED','COMPLETED','REVOKED_BREACH','REVOKED_FURTHER_OFFENCE','EARLY_GOOD_PROGRESS','DIED'])[1 + o.k / 4 % 7]::"TerminationReason" END,
      CASE WHEN x.rel + 180 < current_date THEN x.rel + 180 END, now()
    FROM ${benchPeople} o CROSS JOIN LATERAL (SELECT current_date - (o.k / 3 % 730) AS rel) x WHERE o.k % 4 = 1`
  const custody = Prisma.sql`(SELECT s.id, s."offenderId", s."releaseDate" AS rel, s."terminatedOn", o."offenderManagerId" AS officer, abs(hashtext(s.id::text)) AS k
    FROM "Sentence" s JOIN "Offender" o ON o.id = s."offenderId" WHERE s."indexOffence" = 'Bench custody')`
  if (await missing(db.$queryRaw<unknown[]>`SELECT 1 FROM "SentenceEvent" e JOIN "Sentence" s ON s.id = e."sentenceId" WHERE s."indexOffence" = 'Bench custody' LIMIT 1`)) await db.$executeRaw`
    INSERT INTO "SentenceEvent" (id, "sentenceId", "offenderId", type, "values", "actorId", "occurredAt")
    SELECT gen_random_uuid(), c.id, c."offenderId", e.type::"SentenceEventType", e.vals, c.officer, (e.day::timestamp AT TIME ZONE 'Europe/London') AT TIME ZONE 'UTC'
    FROM ${custody} c CROSS JOIN LATERAL (VALUES
      ('RELEASED', jsonb_build_object('on', to_char(c.rel, 'YYYY-MM-DD'), 'releaseType', 'AUTOMATIC'), c.rel),
      -- One licence in nine is recalled, 60 days after release.
      (CASE WHEN c.k % 9 = 0 THEN 'RECALLED' END, jsonb_build_object('on', to_char(c.rel + 60, 'YYYY-MM-DD')), c.rel + 60)
    ) e(type, vals, day) WHERE e.type IS NOT NULL`
  // Accommodation and ETE recorded on release (one in ten late, past the 7 days) and at termination (one in six missing).
  if (await missing(db.$queryRaw<unknown[]>`SELECT 1 FROM "CircumstanceSnapshot" x JOIN "Sentence" s ON s.id = x."sentenceId" WHERE s."indexOffence" = 'Bench custody' LIMIT 1`)) await db.$executeRaw`
    INSERT INTO "CircumstanceSnapshot" (id, "offenderId", "sentenceId", occasion, "asAt", accommodation, ete, "recordedById")
    SELECT gen_random_uuid(), c."offenderId", c.id, x.occasion::"SnapshotOccasion", x.day,
      (ARRAY['SETTLED_SUITABLE','SETTLED_SUITABLE','APPROVED_PREMISES','UNSETTLED_TEMPORARY','NO_FIXED_ABODE','SETTLED_UNSUITABLE'])[1 + (c.k / 5 + x.n) % 6]::"AccommodationStatus",
      (ARRAY['FULL_TIME','PART_TIME','EDUCATION_TRAINING','UNEMPLOYED_SEEKING','NOT_AVAILABLE'])[1 + (c.k / 7 + x.n) % 5]::"EteStatus", c.officer
    FROM ${custody} c CROSS JOIN LATERAL (VALUES
      (CASE WHEN c.k % 10 <> 0 THEN 'RELEASE' END, c.rel + c.k % 8, 0),
      (CASE WHEN c."terminatedOn" IS NOT NULL AND c.k % 6 <> 0 THEN 'TERMINATION' END, c."terminatedOn", 1)
    ) x(occasion, day, n) WHERE x.occasion IS NOT NULL`
  // Further offences committed over the last two years, proven 0–239 days later (some after the 18 months).
  if (await missing(db.$queryRaw<unknown[]>`SELECT 1 FROM "ProvenOffence" WHERE description = 'Bench further offence' LIMIT 1`)) await db.$executeRaw`
    INSERT INTO "ProvenOffence" (id, "offenderId", "offenceDate", category, "provenOn", disposal, "sentenceType", description, "recordedById", "recordedAgencyId", "idempotencyKey", "occurredAt")
    SELECT gen_random_uuid(), o.id, x.committed, (ARRAY['ACQUISITIVE','VIOLENCE','DRUGS','ACQUISITIVE','SEXUAL','PUBLIC_ORDER'])[1 + o.k / 11 % 6]::"OffenceCategory", x.proven,
      (CASE WHEN o.k % 7 = 0 THEN 'CAUTION' ELSE 'CONVICTION' END)::"ProvenDisposal", CASE WHEN o.k % 7 <> 0 THEN 'COMMUNITY_ORDER'::"SentenceType" END,
      'Bench further offence', o."offenderManagerId", o."responsibleAgencyId", gen_random_uuid()::text,
      (x.proven::timestamp AT TIME ZONE 'Europe/London') AT TIME ZONE 'UTC'
    FROM ${benchPeople} o CROSS JOIN LATERAL (SELECT current_date - (o.k / 13 % 700 + 20) AS committed) c
    CROSS JOIN LATERAL (SELECT c.committed, least(c.committed + o.k / 17 % 240, current_date) AS proven) x
    WHERE o.k % 3 = 1`
  // Enforcement decided the day after half the failed appointments: mostly warnings, some breaches and recalls.
  if (await missing(db.$queryRaw<unknown[]>`SELECT 1 FROM "EnforcementAction" a JOIN "Offender" o ON o.id = a."offenderId" WHERE o.crn LIKE 'B%' LIMIT 1`)) await db.$executeRaw`
    INSERT INTO "EnforcementAction" (id, "offenderId", "failureContactId", status, kind, "decidedById", "decidedAt", "updatedAt")
    SELECT gen_random_uuid(), c."offenderId", c.id, 'ISSUED', (ARRAY['WARNING','WARNING','WARNING','BREACH','RECALL'])[1 + abs(hashtext(c.id::text)) / 2 % 5]::"EnforcementKind",
      c."authorId", c."occurredAt" + interval '1 day', now()
    FROM "Contact" c JOIN "Offender" o ON o.id = c."offenderId"
    WHERE o.crn LIKE 'B%' AND c.type = 'APPOINTMENT' AND c.outcome = 'FAILED_TO_ATTEND' AND abs(hashtext(c.id::text)) % 2 = 0`
  // One person in 23 is a veteran (a priority group).
  if (await missing(db.$queryRaw<unknown[]>`SELECT 1 FROM "Offender" WHERE crn = 'B000023' AND "isVeteran" LIMIT 1`)) await db.$executeRaw`
    UPDATE "Offender" SET "isVeteran" = true WHERE crn LIKE 'B%' AND substring(crn, 2)::int % 23 = 0`
  // Each person lives in one of their LDU's local authorities (the recorded mapping, ADR 0019) and has an ethnicity,
  // so the breakdowns by authority and ethnicity, and the cells linking them, are as many as in real data.
  if (await missing(db.$queryRaw<unknown[]>`SELECT 1 FROM "Offender" WHERE crn LIKE 'B%' AND "localAuthorityId" IS NOT NULL LIMIT 1`)) await db.$executeRaw`
    UPDATE "Offender" o SET "localAuthorityId" = pick.la,
      ethnicity = (ARRAY['White','White','White','White','White','Asian','Black','Mixed','Other'])[1 + abs(hashtext(o.id::text)) / 7 % 9]
    FROM (SELECT p.id, (array_agg(la.id ORDER BY la.code))[1 + abs(hashtext(p.id::text)) % count(la.id)] AS la
          FROM "Offender" p JOIN "LocalAuthority" la ON la."lduId" = p."lduId" WHERE p.crn LIKE 'B%' GROUP BY p.id) pick
    WHERE o.id = pick.id`
}
