import type { PrismaClient } from '../../src/generated/prisma/client'
import { generateOutcomeEvents } from './generate-outcomes'

/**
 * Bulk data for the benchmark, generated inside PostgreSQL (generate_series) because 2 million rows through
 * the client would measure the loader, not the app. People are spread over the demo seed's officers; one
 * person ("the heavy case") gets a long timeline of their own. Each step is skipped when its rows are already there, so a
 * persistent database (DATABASE_URL) is generated once and reused, and an interrupted run resumes (issue 18 item 1).
 * Returns the heavy case's id and their officer's id.
 */
export async function generateBulk(db: PrismaClient, people: number, contactsPerPerson: number) {
  const officers = await db.user.findMany({ where: { roles: { has: 'PROBATION_OFFICER' }, teamId: { not: null } }, select: { id: true, agencyId: true, teamId: true, team: { select: { areaId: true } } } })
  const ids = officers.map((o) => o.id)
  const agencies = officers.map((o) => o.agencyId)
  const teams = officers.map((o) => o.teamId!)
  const ldus = officers.map((o) => o.team!.areaId!)
  const n = officers.length
  let generated = false
  /** True when the probe found nothing (the step must run); each INSERT below is one statement, so all or nothing. */
  const missing = async (probe: Promise<unknown[]>) => ((await probe).length === 0 ? (generated = true) : false)
  if (await missing(db.$queryRaw<unknown[]>`SELECT 1 FROM "Offender" WHERE crn = 'B000001' LIMIT 1`)) await db.$executeRaw`
    INSERT INTO "Offender" (id, crn, "firstName", "lastName", "dateOfBirth", sex, "responsibleAgencyId", "lduId", "teamId", "offenderManagerId", "updatedAt")
    SELECT gen_random_uuid(), 'B' || lpad(g::text, 6, '0'),
      (ARRAY['Rhys','Dafydd','Gareth','Owain','Cerys','Ffion','Jack','Liam','Megan','Sian'])[1 + g % 10],
      (ARRAY['Jones','Williams','Davies','Evans','Thomas','Roberts','Lewis','Hughes','Morgan','Griffiths','Price','Rees'])[1 + (g / 10) % 12] || g::text,
      date '1960-01-01' + (g % 16000), (CASE WHEN g % 7 = 0 THEN 'FEMALE' ELSE 'MALE' END)::"Sex",
      (${agencies}::uuid[])[1 + g % ${n}], (${ldus}::uuid[])[1 + g % ${n}], (${teams}::uuid[])[1 + g % ${n}], (${ids}::uuid[])[1 + g % ${n}], now()
    FROM generate_series(1, ${people}) g`
  if (await missing(db.$queryRaw<unknown[]>`SELECT 1 FROM "RiskProfile" r JOIN "Offender" o ON o.id = r."offenderId" WHERE o.crn = 'B000001' LIMIT 1`)) await db.$executeRaw`
    INSERT INTO "RiskProfile" (id, "offenderId", "overallRosh", "ogrs3Year2", "assessedAt", "updatedAt")
    SELECT gen_random_uuid(), id, (ARRAY['LOW','MEDIUM','HIGH','VERY_HIGH'])[1 + abs(hashtext(id::text)) % 4]::"RoshLevel", abs(hashtext(crn)) % 100, now(), now()
    FROM "Offender" WHERE crn LIKE 'B%'`
  if (await missing(db.$queryRaw<unknown[]>`SELECT 1 FROM "Contact" c JOIN "Offender" o ON o.id = c."offenderId" WHERE o.crn = 'B000001' AND c.notes LIKE 'Supervision contact%' LIMIT 1`)) await db.$executeRaw`
    INSERT INTO "Contact" (id, "offenderId", type, "occurredAt", outcome, notes, "authorId", "authorAgencyId", "updatedAt")
    SELECT gen_random_uuid(), o.id,
      (ARRAY['APPOINTMENT','PHONE_CALL','CASE_NOTE','HOME_VISIT'])[1 + s % 4]::"ContactType",
      now() - ((s * 17 + o.k % 13) || ' days')::interval + ((s % 8) || ' hours')::interval,
      CASE WHEN s % 4 = 0 THEN (ARRAY['ATTENDED','ATTENDED','FAILED_TO_ATTEND','ACCEPTABLE_ABSENCE'])[1 + s % 16 / 4]::"ContactOutcome" END,
      'Supervision contact ' || s, o."offenderManagerId", o."responsibleAgencyId", now()
    FROM (SELECT id, "offenderManagerId", "responsibleAgencyId", abs(hashtext(id::text)) AS k FROM "Offender" WHERE crn LIKE 'B%') o
    CROSS JOIN generate_series(1, ${contactsPerPerson}) s`
  // One or two sentences each (every third person has an earlier one), offences spread over the IOM categories.
  if (await missing(db.$queryRaw<unknown[]>`SELECT 1 FROM "Sentence" s JOIN "Offender" o ON o.id = s."offenderId" WHERE o.crn = 'B000001' AND s."indexOffence" = 'Bench offence' LIMIT 1`)) await db.$executeRaw`
    INSERT INTO "Sentence" (id, "offenderId", type, status, "indexOffence", "offenceCategory", "startDate", "expectedEndDate", "terminationReason", "terminatedOn", "updatedAt")
    SELECT gen_random_uuid(), o.id, 'COMMUNITY_ORDER', (CASE WHEN s = 1 THEN 'ACTIVE' ELSE 'COMPLETED' END)::"SentenceStatus",
      'Bench offence', (ARRAY['ACQUISITIVE','VIOLENCE','DRUGS','ACQUISITIVE','PUBLIC_ORDER','OTHER'])[1 + (o.k / 7 + s) % 6]::"OffenceCategory",
      current_date - (o.k % 700 + (s - 1) * 400), current_date + 365 - (s - 1) * 400,
      CASE WHEN s > 1 THEN 'COMPLETED'::"TerminationReason" END, CASE WHEN s > 1 THEN current_date + 365 - (s - 1) * 400 END, now()
    FROM (SELECT id, abs(hashtext(id::text)) AS k FROM "Offender" WHERE crn LIKE 'B%') o
    CROSS JOIN generate_series(1, 2) s
    WHERE s = 1 OR o.k % 3 = 0`
  // Ended orders carry their accommodation and employment snapshot; every fourth person has a later conviction or caution.
  if (await missing(db.$queryRaw<unknown[]>`SELECT 1 FROM "CircumstanceSnapshot" x JOIN "Offender" o ON o.id = x."offenderId" WHERE o.crn LIKE 'B%' LIMIT 1`)) await db.$executeRaw`
    INSERT INTO "CircumstanceSnapshot" (id, "offenderId", "sentenceId", occasion, "asAt", accommodation, ete, "recordedById")
    SELECT gen_random_uuid(), s."offenderId", s.id, 'TERMINATION', s."terminatedOn",
      (ARRAY['SETTLED_SUITABLE','SETTLED_SUITABLE','SETTLED_UNSUITABLE','UNSETTLED_TEMPORARY','NO_FIXED_ABODE'])[1 + abs(hashtext(s.id::text)) % 5]::"AccommodationStatus",
      (ARRAY['FULL_TIME','PART_TIME','UNEMPLOYED_SEEKING','NOT_AVAILABLE'])[1 + abs(hashtext(s.id::text)) % 4]::"EteStatus", o."offenderManagerId"
    FROM "Sentence" s JOIN "Offender" o ON o.id = s."offenderId" WHERE o.crn LIKE 'B%' AND s.status = 'COMPLETED'`
  if (await missing(db.$queryRaw<unknown[]>`SELECT 1 FROM "ProvenOffence" x JOIN "Offender" o ON o.id = x."offenderId" WHERE o.crn LIKE 'B%' LIMIT 1`)) await db.$executeRaw`
    INSERT INTO "ProvenOffence" (id, "offenderId", "offenceDate", category, "provenOn", disposal, "sentenceType", "recordedById", "recordedAgencyId", "idempotencyKey", "occurredAt")
    SELECT gen_random_uuid(), o.id, current_date - (o.k % 300 + 30), (ARRAY['ACQUISITIVE','VIOLENCE','DRUGS','PUBLIC_ORDER'])[1 + o.k % 4]::"OffenceCategory", current_date - (o.k % 300),
      (CASE WHEN o.k % 3 = 0 THEN 'CAUTION' ELSE 'CONVICTION' END)::"ProvenDisposal", CASE WHEN o.k % 3 <> 0 THEN 'COMMUNITY_ORDER'::"SentenceType" END,
      o."offenderManagerId", o."responsibleAgencyId", gen_random_uuid()::text,
      -- The timeline's sort key: London midnight of the day proven (ADR 0008 addendum).
      ((current_date - (o.k % 300))::timestamp AT TIME ZONE 'Europe/London') AT TIME ZONE 'UTC'
    FROM (SELECT id, "offenderManagerId", "responsibleAgencyId", abs(hashtext(id::text)) AS k FROM "Offender" WHERE crn LIKE 'B%') o WHERE o.k % 4 = 0`
  // Every fifth person is a MAPPA nominal of their LDU's area (20,000 of 100,000), reviews spread over five months.
  if (await missing(db.$queryRaw<unknown[]>`SELECT 1 FROM "MappaNominal" x JOIN "Offender" o ON o.id = x."offenderId" WHERE o.crn LIKE 'B%' LIMIT 1`)) await db.$executeRaw`
    INSERT INTO "MappaNominal" (id, "offenderId", category, level, area, "leadAgencyId", "startDate", "nextReviewDate", visor)
    SELECT gen_random_uuid(), o.id, 1 + o.k % 4, 1 + o.k % 3, a.region, o."responsibleAgencyId", date '2025-01-01', current_date + (o.k % 150 - 30), o.k % 4 = 0
    FROM (SELECT id, "lduId", "responsibleAgencyId", abs(hashtext(id::text)) AS k FROM "Offender" WHERE crn LIKE 'B%' AND substring(crn, 2)::int % 5 = 0) o
    JOIN "Area" a ON a.id = o."lduId"`
  // Every hundredth person has a PNC id (person search by PNC, issue 18 item 1).
  if (await missing(db.$queryRaw<unknown[]>`SELECT 1 FROM "Offender" WHERE crn = 'B000100' AND "pncId" IS NOT NULL LIMIT 1`)) await db.$executeRaw`
    UPDATE "Offender" SET "pncId" = '2020/' || lpad(substring(crn, 2), 7, '0') || 'A' WHERE crn LIKE 'B%' AND substring(crn, 2)::int % 100 = 0`
  const heavy = await db.offender.findFirstOrThrow({ where: { crn: 'B000001' }, select: { id: true, offenderManagerId: true, responsibleAgencyId: true } })
  if (await missing(db.$queryRaw<unknown[]>`SELECT 1 FROM "Contact" WHERE "offenderId" = ${heavy.id}::uuid AND notes = 'Long history 1' LIMIT 1`)) await db.$executeRaw`
    INSERT INTO "Contact" (id, "offenderId", type, "occurredAt", notes, "authorId", "authorAgencyId", "updatedAt")
    SELECT gen_random_uuid(), ${heavy.id}::uuid, 'CASE_NOTE', now() - (s || ' hours')::interval, 'Long history ' || s, ${heavy.offenderManagerId}::uuid, ${heavy.responsibleAgencyId}::uuid, now()
    FROM generate_series(1, 5000) s`
  await generateOutcomeEvents(db, missing)
  // As autovacuum leaves a database in use: statistics, and the visibility map that lets an index answer alone
  // (the caseload's count and page read no table rows, issue 18); a fresh bulk load has neither yet.
  if (generated) await db.$executeRaw`VACUUM ANALYZE`
  return { heavyId: heavy.id, officerId: heavy.offenderManagerId! }
}
