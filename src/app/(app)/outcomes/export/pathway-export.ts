import { queryOf } from '@/app/_lib/query-of'
import { getTranslations } from 'next-intl/server'
import { exportPathways } from '@/server/outcomes/get-outcome-indicators'
import type { ExportSheet } from '@/server/outcomes/export-file'
import type { Actor } from '@/server/policy'
import { pathwayPeriods } from '@/server/outcomes/pathway-table'
import { exportCell, pathwayColumns } from '@/lib/outcomes/columns'
import type { Shown } from '@/lib/outcomes/disclosure'
import { getDateFormatter } from '@/i18n/date-formatter'
import { asAtNotes } from '../as-at'
import { download } from './iom-export'

/**
 * The resettlement pathway table as CSV or XLSX in the reader's language (issue 14 item 3): one line per pathway and
 * the referrals' total, the same figures as the dashboard (withheld as [c], rates on a base of 0 as n/a, people with a
 * need not totalled: so marked); the final table's lines first, then the interim one's, each line naming its quarters
 * and whether they are final or interim (issue 14: kept apart, as the indicators' downloads).
 */
export async function pathwayExport(actor: Actor, request: Request): Promise<Response> {
  const { filter, format, table, ...when } = await exportPathways(actor, queryOf(request))
  const t = await getTranslations()
  const tr = (k: string, v?: Record<string, string>) => (t as unknown as (k: string, v?: Record<string, string>) => string)(k, v)
  const line = (period: { from: string; to: string; interim: boolean }, name: string, m: Record<string, Shown | undefined>) => [`${period.from} – ${period.to}`, tr(period.interim ? 'outcomes.statusInterim' : 'outcomes.statusFinal'), name, ...pathwayColumns.map((c) => (m[c] ? exportCell(m[c]) : tr('outcomesMore.pathways.notTotalled')))]
  const sheet: ExportSheet = {
    title: tr('outcomesMore.pathways.heading'),
    notes: asAtNotes(when, tr, await getDateFormatter()),
    headers: [tr('outcomesMore.pathways.statusColumn'), tr('outcomes.status'), tr('outcomesMore.pathways.pathway'), ...pathwayColumns.map((c) => tr(`outcomesMore.pathways.measures.${c}`))],
    rows: pathwayPeriods(table).flatMap((period) => [...period.rows.map((r) => line(period, tr(`plan.pathway.${r.pathway}`), r.measures)), line(period, tr('outcomesMore.pathways.total'), period.total)]),
  }
  return download(sheet, format, `llwybr-pathways-${filter.from}-${filter.to}.${format}`)
}
