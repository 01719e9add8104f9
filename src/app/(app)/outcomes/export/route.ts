import { queryOf } from '@/app/_lib/query-of'
import { getLocale, getTranslations } from 'next-intl/server'
import { ZodError } from 'zod'
import { outcomeColumns } from '@/lib/outcomes/columns'
import { isAppError } from '@/server/errors'
import { getOutcomeFilterOptions } from '@/server/outcomes/get-outcome-filter-options'
import { exportOutcomeTable } from '@/server/outcomes/get-outcome-indicators'
import { download, iomExport } from './iom-export'
import { pathwayExport } from './pathway-export'
import { exportRows } from '@/server/outcomes/export-file'
import { getActor } from '@/server/session'
import { getDateFormatter } from '@/i18n/date-formatter'
import { asAtNotes } from '../as-at'
import { keyLabel } from '../key-label'
import { badOutcomesAddress } from '../bad-filter'

export const dynamic = 'force-dynamic'

/** One outcome table as CSV or XLSX, in the reader's language, with the dashboard's filter (audited as an export). */
export async function GET(request: Request) {
  const actor = await getActor()
  if (!actor) return new Response(null, { status: 401 })
  try {
    if (new URL(request.url).searchParams.get('table') === 'iom') return await iomExport(actor, request)
    if (new URL(request.url).searchParams.get('table') === 'pathways') return await pathwayExport(actor, request)
    const data = await exportOutcomeTable(actor, queryOf(request))
    const [t, cy, options] = await Promise.all([getTranslations(), getLocale().then((l) => l === 'cy'), getOutcomeFilterOptions(actor)])
    const tr = (k: string, v?: Record<string, string | number>) => (t as unknown as (k: string, v?: Record<string, string | number>) => string)(k, v)
    const columns = outcomeColumns[data.table]
    const title = tr(`outcomes.tables.${data.table}`)
    const broken = data.filter.by !== 'none'
    const sheet = {
      title,
      headers: [tr('outcomes.quarter'), tr('outcomes.status'), ...(broken ? [tr(`outcomes.breakdown.${data.filter.by}`)] : []), ...columns.map((c) => tr(`outcomes.measures.${data.table}.${c.id}`))],
      notes: asAtNotes(data, tr, await getDateFormatter()),
      rows: exportRows(data.quarters, columns, { total: tr('outcomes.all'), interim: (quarter) => tr('outcomes.interim', { quarter }), status: (interim) => tr(interim ? 'outcomes.statusInterim' : 'outcomes.statusFinal'), key: broken ? (k) => keyLabel(data.filter.by, k, tr, options, cy) : undefined }),
    }
    return await download(sheet, data.format, `llwybr-${data.table}-${data.filter.from}-${data.filter.to}.${data.format}`)
  } catch (e) {
    if (isAppError(e) && (e.code === 'NOT_FOUND' || e.code === 'FORBIDDEN')) return new Response(null, { status: 404 })
    if (e instanceof ZodError) return badOutcomesAddress(e, 'exportBadFilter')
    throw e
  }
}
