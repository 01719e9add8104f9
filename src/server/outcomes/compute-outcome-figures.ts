import 'server-only'
import { outcomeTableNames, type OutcomeTableName } from '../../lib/outcomes/columns'
import { appointmentMeasures, endingMeasures, enforcementMeasures, queryAppointments, queryEndings, queryEnforcement } from './compliance-query'
import { byQuarter, quarterNotOver, type IndicatorQuarter, type MeasureDef } from './indicator-table'
import type { TOutcomeFilter } from './outcome-filter'
import type { IndicatorCounts } from './person-joins'
import { reoffendingQuarters } from './reoffending-quarters'
import { queryReleaseResettlement, queryTerminationResettlement, releaseMeasures, terminationMeasures } from './resettlement-query'
import { queryServices, serviceMeasures } from './services-query'
import { mappaMeasures, queryMappa } from './mappa-query'
import { cosaMeasures, queryCosa } from './cosa-query'
import { queryIomCosts } from './iom-cost-query'
import { iomCostTable, type IomCostTable } from './iom-cost-table'
import { queryPathways } from './pathway-query'
import { pathwayTable, type PathwayTable } from './pathway-table'

const tables: Record<Exclude<OutcomeTableName, 'reoffending'>, { query: (f: TOutcomeFilter) => Promise<IndicatorCounts[]>; defs: MeasureDef[] }> = {
  releases: { query: queryReleaseResettlement, defs: releaseMeasures },
  terminations: { query: queryTerminationResettlement, defs: terminationMeasures },
  appointments: { query: queryAppointments, defs: appointmentMeasures },
  enforcement: { query: queryEnforcement, defs: enforcementMeasures },
  endings: { query: queryEndings, defs: endingMeasures },
  services: { query: queryServices, defs: serviceMeasures },
  mappa: { query: queryMappa, defs: mappaMeasures },
  cosa: { query: queryCosa, defs: cosaMeasures },
}

/** One indicator's disclosure-controlled quarters for a parsed filter, oldest first; interim judged on London's `today`. */
export async function indicatorFigures(f: TOutcomeFilter, name: OutcomeTableName, today: string): Promise<IndicatorQuarter[]> {
  if (name === 'reoffending') return reoffendingQuarters(f, today)
  const { query, defs } = tables[name]
  const [totals, rows] = await Promise.all([query({ ...f, by: 'none' }), f.by === 'none' ? Promise.resolve([]) : query(f)])
  return byQuarter({ from: f.from, to: f.to, totals, rows, defs, overlapping: f.by === 'priorityGroup', today, interim: quarterNotOver })
}

/** Every figure of the outcome dashboard: each indicator's quarters, the IOM cost table and the pathway table. */
export type OutcomeFigures = { iomCosts: IomCostTable; pathways: PathwayTable } & Record<OutcomeTableName, IndicatorQuarter[]>

/**
 * The dashboard's figures computed directly from the recorded events (issue 14): every indicator, the IOM cost of
 * crime per cohort and the resettlement pathways, all disclosure-controlled. Input: a parsed filter and London's
 * `today` (interim quarters, IOM follow-up). No authorization or audit: callers do that (getOutcomeIndicators) or
 * hold only aggregates (the precomputed figures' refresh job).
 */
export async function computeOutcomeFigures(filter: TOutcomeFilter, today: string): Promise<OutcomeFigures> {
  const [all, iom, pathways] = await Promise.all([Promise.all(outcomeTableNames.map((name) => indicatorFigures(filter, name, today))), queryIomCosts(filter, today), queryPathways(filter)])
  return { iomCosts: iomCostTable(iom), pathways: pathwayTable(pathways), ...(Object.fromEntries(outcomeTableNames.map((name, i) => [name, all[i]!])) as Record<OutcomeTableName, IndicatorQuarter[]>) }
}
