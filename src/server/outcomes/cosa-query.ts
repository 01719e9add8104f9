import 'server-only'
import { Prisma } from '../../generated/prisma/client'
import type { MeasureDef } from './indicator-table'
import { startWindow, type TOutcomeFilter } from './outcome-filter'
import { countIndicator, type IndicatorDef } from './indicator-events'
import type { IndicatorCounts } from './person-joins'
import { placedVolunteerTimeCte } from '../cosa/volunteer-time-sql'
import { reoffenceOf } from './reoffending-query'

const scores = ['feltSupported', 'lessIsolated', 'copingBetter', 'confidentFuture']

/**
 * Volunteer hours of a provider with no circle at all (issue 14: its training and supervision showed nowhere on the
 * dashboard though the coordinators' report, /cosa/hours, counts them): no core member is behind them, so they
 * count where the provider is, in all Wales, the provider's force (Agency.region) and, as the provider, under an
 * agency filter or breakdown; under a breakdown by a person's attribute (sex, age band, ethnicity, LDU, local
 * authority) as not recorded; never in an LDU, a local authority or a priority group, which are people's.
 * Output: a query of `quarter`, `key`, `volunteerHours`, or null where the filter's choices exclude them.
 */
function unplacedVolunteerHours(f: TOutcomeFilter): Prisma.Sql | null {
  if (f.lduId || f.localAuthorityId || f.group || f.by === 'priorityGroup') return null
  const w = startWindow(f)
  const key = f.by === 'none' ? Prisma.sql`'all'` : f.by === 'region' ? Prisma.sql`a.region::text` : f.by === 'agency' ? Prisma.sql`a.id::text` : Prisma.sql`NULL::text`
  return Prisma.sql`
    WITH ${placedVolunteerTimeCte}
    SELECT to_char(t.day, 'YYYY-"Q"Q') AS quarter, ${key} AS key, round(sum(t.minutes) / 60)::int AS "volunteerHours"
    FROM vt_circles t JOIN "Agency" a ON a.id = t.agency_id
    WHERE t.circles IS NULL AND t.day >= ${w.from}::date AND t.day < ${w.to}::date
      AND ${f.region ? Prisma.sql`a.region = ${f.region}::"Region"` : Prisma.sql`TRUE`}
      AND ${f.agencyId ? Prisma.sql`a.id = ${f.agencyId}::uuid` : Prisma.sql`TRUE`}
    GROUP BY 1, 2`
}

/** Circles started, active at the quarter's end and closed; core members' reoffending; volunteer hours; questionnaires. */
export const cosaMeasures: MeasureDef[] = [
  { id: 'started' }, { id: 'active' }, { id: 'closed' },
  { id: 'coreMembers' }, { id: 'reoffenders', of: 'coreMembers' }, { id: 'sexualReoffenders', of: 'coreMembers' },
  { id: 'volunteerHours' },
  { id: 'questionnaires' }, ...scores.map((id) => ({ id, mean: 'questionnaires' })),
]

/**
 * COSA figures (issue 14; Circles UK outcome measures): circles started in the quarter, active on its last day and
 * closed in it (a circle withdrawn while forming never started, so it is not counted as closed: walk 35), a circle's start being the day its coordinator started it (`startedOn`; its first meeting, `startDate`, may
 * be weeks later or only planned: walk 34 O1); the core members of circles started in the quarter and their proven reoffending (any, and sexual)
 * by the MoJ rule from the circle's start; volunteer hours actually given (meetings attended per the minutes,
 * supervision and training: the coordinators' report's definition, `placedVolunteerTimeCte`), by the date given;
 * end-of-circle questionnaires completed, with mean scores.
 * The core member is the person the figures are filtered and broken down by.
 */
export const cosa: IndicatorDef = {
  events: (f) => {
    const w = startWindow(f)
    const inWindow = (day: Prisma.Sql) => Prisma.sql`${day} >= ${w.from}::date AND ${day} < ${w.to}::date`
    return Prisma.sql`
    WITH ${placedVolunteerTimeCte},
    quarters AS (
      SELECT (qs + interval '3 months')::date AS ends
      FROM generate_series(${w.from}::date::timestamp, ${w.to}::date::timestamp - interval '3 months', interval '3 months') qs
    ),
    circle_starts AS (
      SELECT k."coreMemberId" AS offender_id, k."startedOn" AS day, k.id AS source_id
      FROM "Circle" k WHERE k."startedOn" IS NOT NULL AND ${inWindow(Prisma.sql`k."startedOn"`)}
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
      FROM quarters q JOIN "Circle" c ON c."startedOn" < q.ends AND (c."closedOn" IS NULL OR c."closedOn" >= q.ends)
      UNION ALL
      SELECT c."coreMemberId", c."closedOn", 'closed', 0, 0, 0, NULL, NULL, NULL, NULL
      FROM "Circle" c WHERE c."startedOn" IS NOT NULL AND c."closedOn" IS NOT NULL AND ${inWindow(Prisma.sql`c."closedOn"`)}
      UNION ALL
      SELECT t.offender_id, t.day, 'hours', 0, 0, t.hours, NULL, NULL, NULL, NULL
      FROM placed_time t WHERE ${inWindow(Prisma.sql`t.day`)}
      UNION ALL
      SELECT c."coreMemberId", x."completedOn", 'questionnaire', 0, 0, 0, x."feltSupported", x."lessIsolated", x."copingBetter", x."confidentFuture"
      FROM "CircleQuestionnaire" x JOIN "Circle" c ON c.id = x."circleId" WHERE ${inWindow(Prisma.sql`x."completedOn"`)}
    )`
  },
  counts: {
    started: Prisma.sql`m.kind = 'started'`,
    active: Prisma.sql`m.kind = 'active'`,
    closed: Prisma.sql`m.kind = 'closed'`,
    coreMembers: Prisma.sql`m.kind = 'started'`,
    reoffenders: Prisma.sql`m.kind = 'started' AND m.reoffences > 0`,
    sexualReoffenders: Prisma.sql`m.kind = 'started' AND m.sexual > 0`,
    questionnaires: Prisma.sql`m.kind = 'questionnaire'`,
  },
  // Hours and score totals add a column up: there is no one person behind an hour, so they are not drilled into.
  sums: {
    volunteerHours: Prisma.sql`round(COALESCE(sum(m.hours), 0))::int`,
    feltSupported: Prisma.sql`COALESCE(sum(m.felt), 0)::int`,
    lessIsolated: Prisma.sql`COALESCE(sum(m.isolated), 0)::int`,
    copingBetter: Prisma.sql`COALESCE(sum(m.coping), 0)::int`,
    confidentFuture: Prisma.sql`COALESCE(sum(m.confident), 0)::int`,
  },
  summed: ['hours', 'felt', 'isolated', 'coping', 'confident'],
  unplaced: unplacedVolunteerHours,
}

/** Raw counts of cosa per quarter and breakdown key. */
export const queryCosa = (f: TOutcomeFilter): Promise<IndicatorCounts[]> => countIndicator(cosa, f)
