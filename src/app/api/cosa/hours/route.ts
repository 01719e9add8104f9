import { getTranslations } from 'next-intl/server'
import { hoursForCsv } from '@/server/cosa/volunteer-time'
import { volunteerHours } from '@/server/cosa/volunteer-hours'
import { isAppError } from '@/server/errors'
import { toCsv } from '@/server/outcomes/export-file'
import { getActor } from '@/server/session'

export const dynamic = 'force-dynamic'

/**
 * Volunteer hours for funders as CSV (issue 16 item 12): one row per volunteer and month, headers in the reader's
 * language, names made safe from spreadsheet formulas by toCsv; audited as an export.
 */
export async function GET() {
  const actor = await getActor()
  if (!actor) return new Response(null, { status: 401 })
  try {
    const rows = await volunteerHours(actor, 'cosa.hours.export')
    const t = await getTranslations('cosaRota.hours')
    const sheet = {
      title: t('title'),
      // Hours to two decimal places, the unit in each heading, for a spreadsheet to sum (cosa17 item 3).
      headers: [t('month'), t('volunteer'), ...(['meeting', 'supervision', 'training', 'total'] as const).map((k) => t('inHours', { column: t(k) }))],
      rows: rows.map((r) => [r.month, r.name, hoursForCsv(r.meeting), hoursForCsv(r.supervision), hoursForCsv(r.training), hoursForCsv(r.total)]),
    }
    return new Response(toCsv(sheet), {
      headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'attachment; filename="volunteer-hours.csv"', 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store' },
    })
  } catch (e) {
    if (isAppError(e) && (e.code === 'NOT_FOUND' || e.code === 'FORBIDDEN')) return new Response(null, { status: 404 })
    throw e
  }
}
