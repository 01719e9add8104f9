import { getLocale, getTranslations } from 'next-intl/server'
import { ZodError } from 'zod'
import { getDateFormatter } from '@/i18n/date-formatter'
import { localisedName } from '@/lib/localised'
import { isAppError } from '@/server/errors'
import { exportSchemeReport } from '@/server/schemes/get-scheme-report'
import { reportMeasureIds, schemeReportSheet } from '@/server/schemes/scheme-report-sheet'
import { getActor } from '@/server/session'
import { download } from '../../../outcomes/export/iom-export'
import { asAtNotes } from '../../../outcomes/as-at'
import { circleMeasureLabel, periodLabel } from '../report-labels'
import { areRecordIds } from '@/app/_lib/record-id'
import { badDownloadAddress } from '@/app/_lib/bad-download'
import { outcomesAddressLabel } from '../../../outcomes/bad-filter'

export const dynamic = 'force-dynamic'

/**
 * A commissioned scheme's report as CSV or XLSX in the reader's language (issue 14 item 2): the page's figures with
 * the same disclosure control, audited as an export. Out of scope or not allowed: 404, like the page.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await getActor()
  if (!actor) return new Response(null, { status: 401 })
  // A malformed id is not found, as an unknown one: never a uuid column's refusal as a 500 (break test 16, D3).
  if (!areRecordIds(await params)) return new Response(null, { status: 404 })
  try {
    const report = await exportSchemeReport(actor, { schemeId: (await params).id, format: new URL(request.url).searchParams.get('format') })
    const [t, locale, date] = await Promise.all([getTranslations(), getLocale(), getDateFormatter()])
    const tr = (k: string, v?: Record<string, string>) => (t as unknown as (k: string, v?: Record<string, string>) => string)(k, v)
    const r = (k: string) => tr(`outcomesSchemes.report.${k}`)
    const sheet = schemeReportSheet(report, reportMeasureIds(report.scheme.serves), {
      title: localisedName(report.scheme, locale),
      headers: [tr('outcomesMore.export.table'), r('period'), r('measure'), r('value')],
      costsTable: r('costsCaption'), outcomesTable: r('outcomesCaption'),
      period: (from, to) => periodLabel(tr, date, from, to), allParticipants: tr('outcomesMore.export.allParticipants'),
      amount: r('amount'), served: r('served'), costPerParticipant: r('costPerParticipant'), noParticipants: tr('outcomesMore.noParticipants'),
      measure: (id) => r(`measures.${id}`),
      circlesTable: tr('outcomesMore.circles.caption'), circleMeasure: (id) => circleMeasureLabel(tr, id), noQuestionnaires: tr('outcomesMore.circles.noQuestionnaires'),
      // Computed on request, never from a stored set, so never late (docs/decisions/0018).
      notes: asAtNotes({ asAt: report.asAt, precomputed: false, lateSince: null }, tr, date),
    })
    return await download(sheet, report.format, `llwybr-scheme-${report.scheme.id}.${report.format}`)
  } catch (e) {
    if (isAppError(e) && (e.code === 'NOT_FOUND' || e.code === 'FORBIDDEN')) return new Response(null, { status: 404 })
    if (e instanceof ZodError) return badDownloadAddress(e, (await getTranslations())('outcomesSchemes.exportBadAddress'), await outcomesAddressLabel())
    throw e
  }
}
