import 'server-only'
import { Prisma } from '../../generated/prisma/client'
import { countIndicator, type IndicatorDef } from './indicator-events'
import { startWindow, type TOutcomeFilter } from './outcome-filter'

/** One quarter × breakdown row of raw (not yet disclosure-controlled) proven reoffending counts. */
export type ReoffendingCounts = {
  quarter: string
  key: string | null
  people: number
  reoffenders: number
  reoffences: number
  seriousReoffenders: number
  seriousReoffences: number
}

// Cohort starts (MoJ definition): a community or suspended sentence order (or a youth rehabilitation order) starting,
// a release from custody (a custodial sentence's release event, or a licence recorded from its start), or a caution.
// Each carries its source row, so a caution that starts a cohort is not also counted as its own reoffence.
const starts = Prisma.sql`
  SELECT s."offenderId" AS offender_id, s."startDate" AS day, s.id AS source_id FROM "Sentence" s
   WHERE s.type IN ('COMMUNITY_ORDER', 'SUSPENDED_SENTENCE_ORDER', 'YOUTH_REHABILITATION_ORDER', 'LICENCE')
  UNION ALL
  SELECT e."offenderId", (e.values->>'on')::date, e.id FROM "SentenceEvent" e WHERE e.type = 'RELEASED'
  UNION ALL
  SELECT p."offenderId", p."provenOn", p.id FROM "ProvenOffence" p WHERE p.disposal = 'CAUTION'`

/**
 * The join condition from a cohort start `c` (offender_id, day, source_id) to its proven reoffences `p` (MoJ): committed
 * on or after the start and within 12 months, proven within 18, and not the event that started the cohort.
 */
export const reoffenceOf = Prisma.sql`p."offenderId" = c.offender_id AND p.id IS DISTINCT FROM c.source_id
  AND p."offenceDate" >= c.day AND p."offenceDate" < c.day + interval '12 months' AND p."provenOn" < c.day + interval '18 months'`

// Serious reoffences: violent or sexual. Llwybr records an offence's category, not its Home Office code, so this is
// broader than MoJ's list of serious offences (stated on the definitions page).
const serious = Prisma.sql`p.category IN ('VIOLENCE', 'SEXUAL')`

/**
 * Proven reoffending (MoJ definition) as an indicator: `m` is each person's first cohort start of each quarter in the
 * filter's window (cohortStarts), so `people` counts people; a reoffender has a proven reoffence by the MoJ rule.
 */
export const reoffending: IndicatorDef = {
  events: (f) => cohortStarts(f),
  counts: {
    people: Prisma.sql`TRUE`,
    reoffenders: Prisma.sql`m.reoffences > 0`,
    seriousReoffenders: Prisma.sql`m.serious > 0`,
  },
  sums: {
    reoffences: Prisma.sql`COALESCE(sum(m.reoffences), 0)::int`,
    seriousReoffences: Prisma.sql`COALESCE(sum(m.serious), 0)::int`,
  },
  summed: ['reoffences', 'serious'],
}

/**
 * Proven reoffending counts per quarter and breakdown key, computed in PostgreSQL from recorded events only. A person's
 * start in a quarter is their first qualifying event in it; a reoffence is a proven offence (conviction or caution)
 * committed on or after the start and within 12 months, and proven within those 12 months plus 6 months' waiting.
 * Breaches are enforcement actions, not proven offences, so they never count.
 */
export async function queryReoffending(f: TOutcomeFilter): Promise<ReoffendingCounts[]> {
  const rows = await countIndicator(reoffending, f)
  return rows.map(({ quarter, key, values: v }) => ({ quarter, key, people: v.people!, reoffenders: v.reoffenders!, reoffences: v.reoffences!, seriousReoffenders: v.seriousReoffenders!, seriousReoffences: v.seriousReoffences! }))
}

/**
 * `WITH cohort, m`: each person's first cohort start of each quarter in the filter's window, and per start (`m`: its
 * offender_id and day) the proven reoffences and serious ones counted by the MoJ rule. Shared by the counts and by
 * the drill-down to the people behind them, so the two cannot disagree.
 */
function cohortStarts(f: TOutcomeFilter): Prisma.Sql {
  const window = startWindow(f)
  return Prisma.sql`
    WITH cohort AS (
      SELECT DISTINCT ON (st.offender_id, date_trunc('quarter', st.day)) st.offender_id, st.day, st.source_id
      FROM (${starts}) st
      WHERE st.day >= ${window.from}::date AND st.day < ${window.to}::date
      ORDER BY st.offender_id, date_trunc('quarter', st.day), st.day, st.source_id
    ),
    m AS (
      SELECT c.offender_id, c.day, c.source_id,
        count(p.id)::int AS reoffences, (count(p.id) FILTER (WHERE ${serious}))::int AS serious
      FROM cohort c
      LEFT JOIN "ProvenOffence" p ON ${reoffenceOf}
      GROUP BY c.offender_id, c.day, c.source_id
    )`
}
