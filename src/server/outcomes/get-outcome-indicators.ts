import 'server-only'
import { z } from 'zod'
import { todayInLondon } from '../../lib/dates'
import { outcomeTableNames, type OutcomeTableName } from '../../lib/outcomes/columns'
import { recordAudit } from '../audit/record-audit'
import { prisma } from '../db'
import type { Actor } from '../policy'
import { appointmentMeasures, endingMeasures, enforcementMeasures, queryAppointments, queryEndings, queryEnforcement } from './compliance-query'
import { byQuarter, quarterNotOver, type IndicatorQuarter, type MeasureDef } from './indicator-table'
import { outcomeFilterFor } from './lead-scope'
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
async function figures(f: TOutcomeFilter, name: OutcomeTableName, today: string): Promise<IndicatorQuarter[]> {
  if (name === 'reoffending') return reoffendingQuarters(f, today)
  const { query, defs } = tables[name]
  const [totals, rows] = await Promise.all([query({ ...f, by: 'none' }), f.by === 'none' ? Promise.resolve([]) : query(f)])
  return byQuarter({ from: f.from, to: f.to, totals, rows, defs, overlapping: f.by === 'priorityGroup', today, interim: quarterNotOver })
}

/**
 * Every outcome indicator for the dashboard (issue 14): proven reoffending, resettlement on release and at the end of
 * supervision, appointment compliance, enforcement and endings, service levels and programme completions, MAPPA, COSA, per quarter of the filter with its breakdown rows,
 * IOM reoffending and cost of crime per cohort and strand for members selected in the filter's quarters, and the
 * resettlement pathways' needs and referrals over the filter's window (issue 14 item 3); all disclosure-controlled. Input: raw filter fields (ZOutcomeFilter); `use` names the audit action (the dashboard
 * or the downloaded board pack). Throws FORBIDDEN without `stats.view` or `stats.viewOwn` (a lead's area is forced:
 * outcomeFilterFor), ZodError on a bad filter. One audit row per
 * call, with the filter.
 */
export async function getOutcomeIndicators(actor: Actor, input: unknown, use: 'view' | 'boardPack' = 'view'): Promise<{ filter: TOutcomeFilter; iomCosts: IomCostTable; pathways: PathwayTable } & Record<OutcomeTableName, IndicatorQuarter[]>> {
  const filter = outcomeFilterFor(actor, input)
  const today = todayInLondon()
  const [all, iom, pathways] = await Promise.all([Promise.all(outcomeTableNames.map((name) => figures(filter, name, today))), queryIomCosts(filter, today), queryPathways(filter)])
  await recordAudit(prisma, actor, { action: `outcomes.${use}`, subjectType: 'Outcomes', detail: filter })
  return { filter, iomCosts: iomCostTable(iom), pathways: pathwayTable(pathways), ...(Object.fromEntries(outcomeTableNames.map((name, i) => [name, all[i]!])) as Record<OutcomeTableName, IndicatorQuarter[]>) }
}

const ZExport = z.object({ table: z.enum(outcomeTableNames, 'chooseOption'), format: z.enum(['csv', 'xlsx'], 'chooseOption') })

/**
 * One indicator's figures for download (CSV or XLSX), with the same filter, disclosure control and authorization as
 * the dashboard (a lead's area forced). Input: the filter fields plus `table` and `format`. Audited as an export with its filter.
 */
export async function exportOutcomeTable(actor: Actor, input: unknown) {
  const filter = outcomeFilterFor(actor, input)
  const { table, format } = ZExport.parse(input)
  const quarters = await figures(filter, table, todayInLondon())
  await recordAudit(prisma, actor, { action: 'outcomes.export', subjectType: 'Outcomes', detail: { ...filter, table, format } })
  return { filter, table, format, quarters }
}

const ZIomExport = z.object({ format: z.enum(['csv', 'xlsx'], 'chooseOption') })

/**
 * The IOM reoffending and cost-of-crime table (per cohort and strand) for download, with the dashboard's filter,
 * disclosure control and authorization. Input: the filter fields plus `format`. Audited as an export (table "iom").
 */
export async function exportIomCosts(actor: Actor, input: unknown) {
  const filter = outcomeFilterFor(actor, input)
  const { format } = ZIomExport.parse(input)
  const table = iomCostTable(await queryIomCosts(filter, todayInLondon()))
  await recordAudit(prisma, actor, { action: 'outcomes.export', subjectType: 'Outcomes', detail: { ...filter, table: 'iom', format } })
  return { filter, format, table }
}

/**
 * The resettlement pathway table (issue 14 item 3) for download, with the dashboard's filter, disclosure control and
 * authorization. Input: the filter fields plus `format`. Audited as an export (table "pathways").
 */
export async function exportPathways(actor: Actor, input: unknown) {
  const filter = outcomeFilterFor(actor, input)
  const { format } = ZIomExport.parse(input)
  const table = pathwayTable(await queryPathways(filter))
  await recordAudit(prisma, actor, { action: 'outcomes.export', subjectType: 'Outcomes', detail: { ...filter, table: 'pathways', format } })
  return { filter, format, table }
}
