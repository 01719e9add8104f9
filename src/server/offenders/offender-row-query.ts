import 'server-only'
import { Prisma } from '../../generated/prisma/client'
import type { RiskFlagType, RoshLevel, SentenceType } from '../../generated/prisma/enums'
import { londonDateOf } from '../../lib/dates'
import type { Tx } from '../db'
import type { Actor } from '../policy'

/** What a list row is built from: the person, their active flags, the restriction rows that decide redaction. */
export type OffenderRowData = {
  id: string
  crn: string
  firstName: string
  lastName: string
  dateOfBirth: Date
  overallRosh: RoshLevel | null
  managerName: string | null
  flags: { type: RiskFlagType; level: number | null }[]
  /** As laoSelect (policy/scopes.ts): every RESTRICTION row, and an EXCLUSION row only when it names this actor. */
  lao: { kind: 'EXCLUSION' | 'RESTRICTION'; userId: string }[]
  sentenceType: SentenceType | null
  sentenceEnd: Date | null
  nextAppointment: Date | null
  lastContact: Date | null
  overdueItems: number
}

/**
 * The details of list rows (caseload, search) for the given ids, in ONE query (issue 18 item 1): the person, RoSH,
 * offender manager, active flags, restriction rows, the active sentence ending first, the next appointment and the
 * last contact (as of `now`), and the overdue items (appointments past without an outcome, not cancelled, plus
 * registration reviews whose London day has passed). The same rules as the OffenderCaseloadKeys view and
 * offender.select.ts (overdueAppointment, overdueReview); caseload-sort.int.test.ts compares them. The ids must come
 * from a query that applied the actor's scope: this reads what it is given.
 * Output: one row per id found, in no particular order. Timestamps are compared as UTC (the columns hold UTC).
 */
export function offenderRowData(db: Pick<Tx, '$queryRaw'>, actor: Actor, ids: string[], now: Date): Promise<OffenderRowData[]> {
  if (ids.length === 0) return Promise.resolve([])
  return db.$queryRaw<OffenderRowData[]>`SELECT ${offenderRowColumns(actor, now)} FROM "Offender" o ${offenderRowJoins} WHERE o.id = ANY(${ids}::uuid[])`
}

/**
 * offenderRowData's select list on the person aliased `o` (OffenderRowData's fields), for a statement that picks
 * the people itself (the caseload in one query, caseload-one-query.ts); join `offenderRowJoins` after `o`.
 */
export function offenderRowColumns(actor: Actor, now: Date): Prisma.Sql {
  const at = Prisma.sql`(${now.toISOString()}::timestamptz AT TIME ZONE 'UTC')`
  const today = londonDateOf(now).toISOString().slice(0, 10)
  const appointmentOpen = Prisma.sql`c."offenderId" = o.id AND c.type = 'APPOINTMENT' AND c.outcome IS NULL AND c."cancelledAt" IS NULL`
  return Prisma.sql`o.id::text AS id, o.crn, o."firstName", o."lastName", o."dateOfBirth", r."overallRosh"::text AS "overallRosh",
      m.name AS "managerName",
      COALESCE((SELECT json_agg(json_build_object('type', f.type, 'level', f.level)) FROM "RiskFlag" f
        WHERE f."offenderId" = o.id AND f."deregisteredAt" IS NULL), '[]'::json) AS flags,
      COALESCE((SELECT json_agg(json_build_object('kind', x.kind, 'userId', x."userId")) FROM "AccessRestriction" x
        WHERE x."offenderId" = o.id AND (x.kind = 'RESTRICTION' OR (x.kind = 'EXCLUSION' AND x."userId" = ${actor.userId}::uuid))), '[]'::json) AS lao,
      s.type::text AS "sentenceType", s."expectedEndDate" AS "sentenceEnd",
      (SELECT min(c."occurredAt") FROM "Contact" c WHERE ${appointmentOpen} AND c."occurredAt" >= ${at}) AS "nextAppointment",
      (SELECT max(c."occurredAt") FROM "Contact" c WHERE c."offenderId" = o.id AND c."occurredAt" <= ${at}) AS "lastContact",
      ((SELECT count(*) FROM "Contact" c WHERE ${appointmentOpen} AND c."occurredAt" < ${at})
        + (SELECT count(*) FROM "RiskFlag" f WHERE f."offenderId" = o.id AND f."deregisteredAt" IS NULL AND f."nextReviewDate" < ${today}::date))::int AS "overdueItems"`
}

/** The joins offenderRowColumns reads: RoSH, the offender manager, the active sentence ending first. */
export const offenderRowJoins = Prisma.sql`LEFT JOIN "RiskProfile" r ON r."offenderId" = o.id
    LEFT JOIN "User" m ON m.id = o."offenderManagerId"
    LEFT JOIN LATERAL (SELECT t.type, t."expectedEndDate" FROM "Sentence" t WHERE t."offenderId" = o.id AND t.status = 'ACTIVE'
      ORDER BY t."expectedEndDate", t.id LIMIT 1) s ON TRUE`
