import { queryOf } from '@/app/_lib/query-of'
import { getLocale, getTranslations } from 'next-intl/server'
import { ZodError } from 'zod'
import { dateOnly } from '@/lib/dates'
import { badDownloadAddress } from '@/app/_lib/bad-download'
import { isAppError } from '@/server/errors'
import { exportAreaActions } from '@/server/mappa/action-tracker'
import { trackerSheet, type Translate } from '@/server/mappa/tracker-csv'
import { toCsv } from '@/server/outcomes/export-file'
import { getActor } from '@/server/session'

export const dynamic = 'force-dynamic'

/**
 * The action tracker as CSV (issue 16 item 6): the page's filters and sort, the same scope, in the reader's language;
 * cells that a spreadsheet would run as a formula are neutralised by `toCsv`. Audited as an export by the domain.
 */
export async function GET(request: Request) {
  const actor = await getActor()
  if (!actor) return new Response(null, { status: 401 })
  try {
    const locale = await getLocale()
    const { rows } = await exportAreaActions(actor, queryOf(request), { cy: locale === 'cy' })
    const t = await getTranslations()
    const tr = (key: string, values?: Record<string, string | number>) => (t as unknown as Translate)(key, values)
    const sheet = trackerSheet(rows, tr, locale)
    const headers = { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="mappa-actions-${dateOnly(new Date())}.csv"`, 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store' }
    return new Response(toCsv(sheet), { headers })
  } catch (e) {
    if (isAppError(e) && (e.code === 'NOT_FOUND' || e.code === 'FORBIDDEN')) return new Response(null, { status: 404 })
    if (e instanceof ZodError) return badFilter(e)
    throw e
  }
}

/** Typed filters the tracker shows as fields: a bad one is named by its label (issue 16 MAPPA fix item 4). */
const labelled = new Set(['dueWithin', 'dueFrom', 'dueTo'])

async function badFilter(error: ZodError) {
  const t = await getTranslations()
  return badDownloadAddress(error, t('mappaGaps.exportBadFilter'), (field) => (labelled.has(field) ? t(`tracker.${field}` as 'tracker.dueWithin') : undefined))
}
