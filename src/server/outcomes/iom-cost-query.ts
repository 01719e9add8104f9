import 'server-only'
import { Prisma } from '../../generated/prisma/client'
import type { IomStrand } from '../../generated/prisma/enums'
import { readOutcomeRows } from './outcome-query'
import type { AreaLevel } from './area-levels'
import { startWindow, type TOutcomeFilter } from './outcome-filter'
import { sourceOf } from './fact-source'
import type { IndicatorDef } from './indicator-events'

/** Raw IOM figures of one cohort (within one area where asked: its id, '' for none): strand, names, counts (costs in pence). */
export type IomCohortCounts = { cohortId: string; name: string; nameCy: string | null; strand: IomStrand; area?: string; agency?: string; values: Record<string, number> }

// A proven offence of member `m` committed in a window and proven by its end plus six months (MoJ's waiting period).
const committed = (from: Prisma.Sql, to: Prisma.Sql) =>
  Prisma.sql`p."offenderId" = s.offender_id AND p."offenceDate" >= ${from} AND p."offenceDate" < ${to} AND p."provenOn" < ${to} + interval '6 months'`
const before = committed(Prisma.sql`s.day - interval '12 months'`, Prisma.sql`s.day::timestamp`)
const after = committed(Prisma.sql`s.day::timestamp`, Prisma.sql`s.day + interval '12 months'`)
const costOf = (window: Prisma.Sql) => Prisma.sql`(SELECT COALESCE(sum(u."costPence"), 0) FROM "ProvenOffence" p LEFT JOIN "CrimeUnitCost" u ON u.category = p.category WHERE ${window})`
const countOf = (window: Prisma.Sql, extra = Prisma.sql`TRUE`) => Prisma.sql`(SELECT count(*) FROM "ProvenOffence" p LEFT JOIN "CrimeUnitCost" u ON u.category = p.category WHERE ${window} AND ${extra})`

/**
 * IOM members selected in a filter's window, as an indicator's rows (`m`: offender_id, day = selection, cohort_id,
 * and per member the counts and costs of offences before and after selection) for queryIomCosts, from the events or
 * stored as facts (ADR 0026: the cohort as the fact's cohortId, the counts and costs as its summed columns; whether a
 * member is followed up is judged when read, on that day). No count of its own: the table's measures are sums.
 */
export const iomSelections: IndicatorDef = {
  events: (f) => {
    const w = startWindow(f)
    return Prisma.sql`
    WITH s AS (
      SELECT mb."offenderId" AS offender_id, mb."selectedOn" AS day, mb."cohortId" AS cohort_id
      FROM "IomMember" mb WHERE mb."selectedOn" >= ${w.from}::date AND mb."selectedOn" < ${w.to}::date
    ),
    m AS (
      SELECT s.*, ${countOf(before)} AS before_n, ${countOf(after)} AS after_n, ${costOf(before)} AS before_cost, ${costOf(after)} AS after_cost,
        ${countOf(Prisma.sql`((${before}) OR (${after}))`, Prisma.sql`u."costPence" IS NULL`)} AS uncosted
      FROM s
    )`
  },
  counts: {},
  summed: ['before_n', 'after_n', 'before_cost', 'after_cost', 'uncosted'],
  cohortColumn: 'cohort_id',
}

/**
 * IOM members' reoffending and estimated cost of crime per cohort (issue 14 "IOM"), for members selected in the
 * filter's quarters whose person matches its area, agency and priority group. A member is followed up once 18 months
 * from selection are over on `today`. For followed-up members: reoffenders (an offence committed in the 12 months
 * from selection and proven within 18: the MoJ rule); offences and their cost in the 12 months before selection
 * (proven within 6 months of selection) and in the 12 months after (proven within 18), each costed at its
 * category's unit cost (CrimeUnitCost); offences whose category has no cost are counted as `uncosted`.
 * With `within`, one row per cohort and area of that level (`area`: the area's id, '' for members with none), so
 * every area's table comes from one query (iom-areas.ts); with `byAgency`, one row per cohort (and area) and
 * responsible agency (`agency`: its id), so every agency's tables come from one query too. From the events, or
 * inside withFactSource from the facts (iomSelections).
 */
export async function queryIomCosts(f: TOutcomeFilter, today: string, within?: AreaLevel, byAgency = false): Promise<IomCohortCounts[]> {
  const source = sourceOf(iomSelections)
  const area = within ? Prisma.sql`COALESCE(${source.key(within).key}, '')` : Prisma.sql`NULL::text`
  const agency = byAgency ? source.key('agency').key : Prisma.sql`NULL::text`
  const followed = Prisma.sql`(m.day + interval '18 months' <= ${today}::date)`
  const rows = await readOutcomeRows<Record<string, unknown>>(Prisma.sql`
    ${source.events(f)}
    SELECT k.id AS cohort_id, k.name, k."nameCy" AS name_cy, k.strand::text AS strand, ${area} AS area, ${agency} AS agency,
      count(*)::int AS members,
      (count(*) FILTER (WHERE ${followed}))::int AS "followedUp",
      (count(*) FILTER (WHERE ${followed} AND m.after_n > 0))::int AS reoffenders,
      COALESCE(sum(m.before_n) FILTER (WHERE ${followed}), 0)::int AS "offencesBefore",
      COALESCE(sum(m.after_n) FILTER (WHERE ${followed}), 0)::int AS "offencesAfter",
      COALESCE(sum(m.before_cost) FILTER (WHERE ${followed}), 0)::bigint AS "costBefore",
      COALESCE(sum(m.after_cost) FILTER (WHERE ${followed}), 0)::bigint AS "costAfter",
      COALESCE(sum(m.uncosted) FILTER (WHERE ${followed}), 0)::int AS uncosted
    FROM ${source.from}
    JOIN "IomCohort" k ON k.id = m.cohort_id
    WHERE ${source.conditions(f)}
    GROUP BY k.id, k.name, k."nameCy", k.strand, 5, 6
    ORDER BY k.strand, k.name, k.id, 5, 6`)
  return rows.map(({ cohort_id, name, name_cy, strand, area, agency, ...values }) => ({
    cohortId: String(cohort_id), name: String(name), nameCy: name_cy === null ? null : String(name_cy), strand: strand as IomStrand,
    ...(area === null ? {} : { area: String(area) }), ...(agency === null ? {} : { agency: String(agency) }),
    values: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, Number(v)])),
  }))
}
