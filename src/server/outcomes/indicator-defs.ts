import 'server-only'
import type { OutcomeTableName } from '../../lib/outcomes/columns'
import { appointments, endings, enforcement } from './compliance-query'
import { cosa } from './cosa-query'
import type { IndicatorDef } from './indicator-events'
import { mappa } from './mappa-query'
import { reoffending } from './reoffending-query'
import { releaseResettlement, terminationResettlement } from './resettlement-query'
import { services } from './services-query'

/** Every outcome table's definition (ADR 0011): the one place its figures and the people behind them come from. */
export const indicatorDefs: Record<OutcomeTableName, IndicatorDef> = {
  reoffending,
  releases: releaseResettlement,
  terminations: terminationResettlement,
  appointments,
  enforcement,
  endings,
  services,
  mappa,
  cosa,
}

/** The measures of a table a lead may drill down from: its counts of rows (not sums, rates or means). */
export const drillableMeasures = (table: OutcomeTableName): string[] => Object.keys(indicatorDefs[table].counts)
