import { getTranslations } from 'next-intl/server'
import { exportPathways } from '@/server/outcomes/get-outcome-indicators'
import type { ExportSheet } from '@/server/outcomes/export-file'
import type { Actor } from '@/server/policy'
import { exportCell, pathwayColumns } from '@/lib/outcomes/columns'
import type { Shown } from '@/lib/outcomes/disclosure'
import { getDateFormatter } from '@/i18n/date-formatter'
import { asAtNotes } from '../as-at'
import { download } from './iom-export'

/**
 * The resettlement pathway table as CSV or XLSX in the reader's language (issue 14 item 3): one line per pathway and
 * the referrals' total, the same figures as the dashboard (withheld as [c], rates on a base of 0 as n/a, people with a need not totalled: blank).
 */
export async function pathwayExport(actor: Actor, request: Request): Promise<Response> {
  const { filter, format, table, ...when } = await exportPathways(actor, Object.fromEntries(new URL(request.url).searchParams))
  const t = await getTranslations()
  const tr = (k: string, v?: Record<string, string>) => (t as unknown as (k: string, v?: Record<string, string>) => string)(k, v)
  const line = (name: string, m: Record<string, Shown | undefined>) => [name, ...pathwayColumns.map((c) => (m[c] ? exportCell(m[c]) : tr('outcomesMore.pathways.notTotalled')))]
  const sheet: ExportSheet = {
    title: tr('outcomesMore.pathways.heading'),
    notes: asAtNotes(when, tr, await getDateFormatter()),
    headers: [tr('outcomesMore.pathways.pathway'), ...pathwayColumns.map((c) => tr(`outcomesMore.pathways.measures.${c}`))],
    rows: [...table.rows.map((r) => line(tr(`plan.pathway.${r.pathway}`), r.measures)), line(tr('outcomesMore.pathways.total'), table.total)],
  }
  return download(sheet, format, `llwybr-pathways-${filter.from}-${filter.to}.${format}`)
}
