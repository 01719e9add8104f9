import 'server-only'
import { Prisma } from '../../generated/prisma/client'
import { prisma } from '../db'
import type { MeasureDef } from './indicator-table'
import { startWindow, type TOutcomeFilter } from './outcome-filter'
import { asCounts, groupedByPerson, londonDate, type IndicatorCounts } from './person-joins'
import { reoffenceOf } from './reoffending-query'

const scores = ['feltSupported', 'lessIsolated', 'copingBetter', 'confidentFuture']

/** Circles started, active at the quarter's end and closed; core members' reoffending; volunteer hours; questionnaires. */
export const cosaMeasures: MeasureDef[] = [
  { id: 'started' }, { id: 'active' }, { id: 'closed' },
  { id: 'coreMembers' }, { id: 'reoffenders', of: 'coreMembers' }, { id: 'sexualReoffenders', of: 'coreMembers' },
  { id: 'volunteerHours' },
  { id: 'questionnaires' }, ...scores.map((id) => ({ id, mean: 'questionnaires' })),
]

/**
 * COSA figures (issue 14; Circles UK outcome measures): circles started in the quarter, active on its last day and
 * closed in it; the core members of circles started in the quarter and their proven reoffending (any, and sexual)
 * by the MoJ rule from the circle's start; volunteer hours given at circle meetings (each volunteer the minutes record
 * as present, for the meeting's length), by meeting date; end-of-circle questionnaires completed, with mean scores.
 * The core member is the person the figures are filtered and broken down by.
 */
export async function queryCosa(f: TOutcomeFilter): Promise<IndicatorCounts[]> {
  const w = startWindow(f)
  const inWindow = (day: Prisma.Sql) => Prisma.sql`${day} >= ${w.from}::date AND ${day} < ${w.to}::date`
  return asCounts(await prisma.$queryRaw<Record<string, unknown>[]>`
    WITH quarters AS (
      SELECT (qs + interval '3 months')::date AS ends
      FROM generate_series(${w.from}::date::timestamp, ${w.to}::date::timestamp - interval '3 months', interval '3 months') qs
    ),
    circle_starts AS (
      SELECT k."coreMemberId" AS offender_id, k."startDate" AS day, k.id AS source_id
      FROM "Circle" k WHERE k."startDate" IS NOT NULL AND ${inWindow(Prisma.sql`k."startDate"`)}
    ),
    started AS (
      SELECT c.offender_id, c.day,
        (SELECT count(*) FROM "ProvenOffence" p WHERE ${reoffenceOf}) AS reoffences,
        (SELECT count(*) FROM "ProvenOffence" p WHERE ${reoffenceOf} AND p.category = 'SEXUAL') AS sexual
      FROM circle_starts c
    ),
    m AS (
      SELECT offender_id, day, 'started' AS kind, reoffences, sexual, 0::numeric AS hours, NULL::int AS felt, NULL::int AS isolated, NULL::int AS coping, NULL::int AS confident FROM started
      UNION ALL
      SELECT c."coreMemberId", q.ends - 1, 'active', 0, 0, 0, NULL, NULL, NULL, NULL
      FROM quarters q JOIN "Circle" c ON c."startDate" < q.ends AND (c."closedOn" IS NULL OR c."closedOn" >= q.ends)
      UNION ALL
      SELECT c."coreMemberId", c."closedOn", 'closed', 0, 0, 0, NULL, NULL, NULL, NULL
      FROM "Circle" c WHERE c."closedOn" IS NOT NULL AND ${inWindow(Prisma.sql`c."closedOn"`)}
      UNION ALL
      SELECT c."coreMemberId", ${londonDate(Prisma.sql`g."startsAt"`)}, 'hours', 0, 0,
        cardinality(mi."presentVolunteerIds") * extract(epoch FROM g."endsAt" - g."startsAt") / 3600, NULL, NULL, NULL, NULL
      FROM "CircleMinutes" mi JOIN "CircleMeeting" g ON g.id = mi."meetingId" JOIN "Circle" c ON c.id = g."circleId"
      WHERE ${inWindow(londonDate(Prisma.sql`g."startsAt"`))}
      UNION ALL
      SELECT c."coreMemberId", x."completedOn", 'questionnaire', 0, 0, 0, x."feltSupported", x."lessIsolated", x."copingBetter", x."confidentFuture"
      FROM "CircleQuestionnaire" x JOIN "Circle" c ON c.id = x."circleId" WHERE ${inWindow(Prisma.sql`x."completedOn"`)}
    )
    ${groupedByPerson(f, Prisma.sql`(count(*) FILTER (WHERE m.kind = 'started'))::int AS started,
      (count(*) FILTER (WHERE m.kind = 'active'))::int AS active,
      (count(*) FILTER (WHERE m.kind = 'closed'))::int AS closed,
      (count(*) FILTER (WHERE m.kind = 'started'))::int AS "coreMembers",
      (count(*) FILTER (WHERE m.kind = 'started' AND m.reoffences > 0))::int AS reoffenders,
      (count(*) FILTER (WHERE m.kind = 'started' AND m.sexual > 0))::int AS "sexualReoffenders",
      round(COALESCE(sum(m.hours), 0))::int AS "volunteerHours",
      (count(*) FILTER (WHERE m.kind = 'questionnaire'))::int AS questionnaires,
      COALESCE(sum(m.felt), 0)::int AS "feltSupported", COALESCE(sum(m.isolated), 0)::int AS "lessIsolated",
      COALESCE(sum(m.coping), 0)::int AS "copingBetter", COALESCE(sum(m.confident), 0)::int AS "confidentFuture"`)}`)
}
