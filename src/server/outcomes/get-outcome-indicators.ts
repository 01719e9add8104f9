import 'server-only'
import { todayInLondon } from '../../lib/dates'
import { recordAudit } from '../audit/record-audit'
import { prisma } from '../db'
import { authorize, type Actor } from '../policy'
import { appointmentMeasures, endingMeasures, enforcementMeasures, queryAppointments, queryEndings, queryEnforcement } from './compliance-query'
import { reoffendingQuarters } from './reoffending-quarters'
import { byQuarter, quarterNotOver, type IndicatorQuarter, type MeasureDef } from './indicator-table'
import { ZOutcomeFilter, type TOutcomeFilter } from './outcome-filter'
import type { IndicatorCounts } from './person-joins'
import { queryReleaseResettlement, queryTerminationResettlement, releaseMeasures, terminationMeasures } from './resettlement-query'

const tables = {
  releases: { query: queryReleaseResettlement, defs: releaseMeasures },
  terminations: { query: queryTerminationResettlement, defs: terminationMeasures },
  appointments: { query: queryAppointments, defs: appointmentMeasures },
  enforcement: { query: queryEnforcement, defs: enforcementMeasures },
  endings: { query: queryEndings, defs: endingMeasures },
} satisfies Record<string, { query: (f: TOutcomeFilter) => Promise<IndicatorCounts[]>; defs: MeasureDef[] }>
export type OutcomeTable = keyof typeof tables
export const outcomeTables = Object.keys(tables) as OutcomeTable[]

async function table(f: TOutcomeFilter, name: OutcomeTable, today: string): Promise<IndicatorQuarter[]> {
  const { query, defs } = tables[name]
  const [totals, rows] = await Promise.all([query({ ...f, by: 'none' }), f.by === 'none' ? Promise.resolve([]) : query(f)])
  return byQuarter({ from: f.from, to: f.to, totals, rows, defs, overlapping: f.by === 'priorityGroup', today, interim: quarterNotOver })
}

/**
 * Every outcome indicator for the dashboard (issue 14): proven reoffending, resettlement on release and at the end of
 * supervision, appointment compliance, enforcement and endings, per quarter of the filter with its breakdown rows,
 * all disclosure-controlled. Input: raw filter fields (ZOutcomeFilter). Throws FORBIDDEN without `stats.view`,
 * ZodError on a bad filter. One audit row per view, with the filter.
 */
export async function getOutcomeIndicators(actor: Actor, input: unknown) {
  authorize(actor, 'stats.view')
  const filter = ZOutcomeFilter.parse(input)
  const today = todayInLondon()
  const [reoffending, ...rest] = await Promise.all([reoffendingQuarters(filter, today), ...outcomeTables.map((t) => table(filter, t, today))])
  await recordAudit(prisma, actor, { action: 'outcomes.view', subjectType: 'Outcomes', detail: filter })
  return { filter, reoffending, ...(Object.fromEntries(outcomeTables.map((t, i) => [t, rest[i]!])) as Record<OutcomeTable, IndicatorQuarter[]>) }
}
