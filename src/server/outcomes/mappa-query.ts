import 'server-only'
import { Prisma } from '../../generated/prisma/client'
import type { MeasureDef } from './indicator-table'
import { startWindow, type TOutcomeFilter } from './outcome-filter'
import { countIndicator, type IndicatorDef } from './indicator-events'
import { londonDate, type IndicatorCounts } from './person-joins'

/** MAPPA nominals at each quarter's end by level and category, level changes, serious further offences and reviews. */
export const mappaMeasures: MeasureDef[] = [
  { id: 'nominals' },
  ...['level1', 'level2', 'level3'].map((id) => ({ id, part: 'level' })),
  ...['category1', 'category2', 'category3', 'category4'].map((id) => ({ id, part: 'category' })),
  ...['levelChanges', 'seriousFurtherOffences', 'seriousCaseReviews'].map((id) => ({ id })),
]

/**
 * MAPPA figures (strategy P2; MAPPA annual report tables): each nominal active on a quarter's last day, at the level
 * they held then (their last level change before the quarter ended, else the level the next change moved them from,
 * else their level), by category; level changes
 * decided in the quarter (not first levels); serious further offences, a violent or sexual offence committed while a
 * nominal and proven in the quarter; serious case reviews opened in the quarter. Dates are London dates.
 */
export const mappa: IndicatorDef = {
  events: (f) => {
    const w = startWindow(f)
    return Prisma.sql`
    WITH quarters AS (
      SELECT qs::date AS starts, (qs + interval '3 months')::date AS ends
      FROM generate_series(${w.from}::date::timestamp, ${w.to}::date::timestamp - interval '3 months', interval '3 months') qs
    ),
    m AS (
      SELECT n."offenderId" AS offender_id, q.ends - 1 AS day, 'nominal' AS kind, n.category,
        COALESCE(
          (SELECT c."toLevel" FROM "MappaLevelChange" c WHERE c."nominalId" = n.id AND ${londonDate(Prisma.sql`c."changedAt"`)} < q.ends ORDER BY c."changedAt" DESC LIMIT 1),
          (SELECT c."fromLevel" FROM "MappaLevelChange" c WHERE c."nominalId" = n.id AND ${londonDate(Prisma.sql`c."changedAt"`)} >= q.ends ORDER BY c."changedAt" LIMIT 1),
          n.level) AS level
      FROM quarters q JOIN "MappaNominal" n ON n."startDate" < q.ends AND (n."endedAt" IS NULL OR n."endedAt" >= q.ends)
      UNION ALL
      SELECT n."offenderId", ${londonDate(Prisma.sql`c."changedAt"`)}, 'change', NULL, NULL
      FROM "MappaLevelChange" c JOIN "MappaNominal" n ON n.id = c."nominalId"
      WHERE c."fromLevel" IS NOT NULL AND c."fromLevel" <> c."toLevel"
        AND ${londonDate(Prisma.sql`c."changedAt"`)} >= ${w.from}::date AND ${londonDate(Prisma.sql`c."changedAt"`)} < ${w.to}::date
      UNION ALL
      SELECT p."offenderId", p."provenOn", 'sfo', NULL, NULL
      FROM "ProvenOffence" p JOIN "MappaNominal" n ON n."offenderId" = p."offenderId"
      WHERE p.category IN ('VIOLENCE', 'SEXUAL') AND p."offenceDate" >= n."startDate" AND (n."endedAt" IS NULL OR p."offenceDate" <= n."endedAt")
        AND p."provenOn" >= ${w.from}::date AND p."provenOn" < ${w.to}::date
      UNION ALL
      SELECT r."offenderId", ${londonDate(Prisma.sql`r."createdAt"`)}, 'review', NULL, NULL
      FROM "MappaSeriousCaseReview" r
      WHERE ${londonDate(Prisma.sql`r."createdAt"`)} >= ${w.from}::date AND ${londonDate(Prisma.sql`r."createdAt"`)} < ${w.to}::date
    )`
  },
  counts: {
    nominals: Prisma.sql`m.kind = 'nominal'`,
    ...Object.fromEntries([1, 2, 3].map((n) => [`level${n}`, Prisma.sql`m.kind = 'nominal' AND m.level = ${n}`])),
    ...Object.fromEntries([1, 2, 3, 4].map((n) => [`category${n}`, Prisma.sql`m.kind = 'nominal' AND m.category = ${n}`])),
    levelChanges: Prisma.sql`m.kind = 'change'`,
    seriousFurtherOffences: Prisma.sql`m.kind = 'sfo'`,
    seriousCaseReviews: Prisma.sql`m.kind = 'review'`,
  },
}

/** Raw counts of mappa per quarter and breakdown key. */
export const queryMappa = (f: TOutcomeFilter): Promise<IndicatorCounts[]> => countIndicator(mappa, f)
