import { queryOf } from '@/app/_lib/query-of'
import { getLocale, getTranslations } from 'next-intl/server'
import { exportCell, iomCostColumns } from '@/lib/outcomes/columns'
import type { Shown } from '@/lib/outcomes/disclosure'
import { localisedName } from '@/lib/localised'
import { toCsv, toXlsx, type ExportSheet } from '@/server/outcomes/export-file'
import { exportIomCosts } from '@/server/outcomes/get-outcome-indicators'
import type { Actor } from '@/server/policy'
import { getDateFormatter } from '@/i18n/date-formatter'
import { asAtNotes } from '../as-at'

const TYPES = { csv: 'text/csv; charset=utf-8', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }

/** A sheet as a download response in its format, never cached or sniffed. */
export async function download(sheet: ExportSheet, format: 'csv' | 'xlsx', name: string): Promise<Response> {
  const body = format === 'csv' ? toCsv(sheet) : new Uint8Array(await toXlsx(sheet))
  return new Response(body, { headers: { 'Content-Type': TYPES[format], 'Content-Disposition': `attachment; filename="${name}"`, 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store' } })
}

/** The IOM reoffending and cost-of-crime table as CSV or XLSX in the reader's language: one line per cohort, strand and all. */
export async function iomExport(actor: Actor, request: Request): Promise<Response> {
  const { filter, format, table, ...when } = await exportIomCosts(actor, queryOf(request))
  const [t, locale] = await Promise.all([getTranslations(), getLocale()])
  const tr = (k: string, v?: Record<string, string>) => (t as unknown as (k: string, v?: Record<string, string>) => string)(k, v)
  const line = (strand: string, name: string, m: Record<string, Shown>) => [strand, name, ...iomCostColumns.map((c) => exportCell(m[c.id], c.kind === 'money' ? 100 : 1))]
  const sheet: ExportSheet = {
    title: tr('outcomesSchemes.iom.title'),
    notes: asAtNotes(when, tr, await getDateFormatter()),
    headers: [tr('iom.strand'), tr('outcomesSchemes.iom.cohort'), ...iomCostColumns.map((c) => tr(`outcomesSchemes.iom.measures.${c.id}`))],
    rows: [
      ...table.strands.flatMap((g) => {
        const strand = tr(`iom.strandName.${g.strand}`)
        return [...g.cohorts.map((c) => line(strand, localisedName(c, locale), c.measures)), line(strand, tr('outcomes.all'), g.total)]
      }),
      line(tr('outcomes.all'), tr('outcomes.all'), table.total),
    ],
  }
  return download(sheet, format, `llwybr-iom-${filter.from}-${filter.to}.${format}`)
}
