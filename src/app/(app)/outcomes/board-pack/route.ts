import { queryOf } from '@/app/_lib/query-of'
import { getTranslations } from 'next-intl/server'
import { ZodError } from 'zod'
import { pdfResponse } from '@/app/_lib/pdf-response'
import { formatLondonDate } from '@/lib/dates'
import { COHORT_YOUNG_ADULT_AGES } from '@/lib/young-adult'
import { isAppError } from '@/server/errors'
import { renderBoardPack, type PackLanguage, type Translate } from '@/server/outcomes/board-pack-pdf'
import { getOutcomeFilterOptions } from '@/server/outcomes/get-outcome-filter-options'
import { getOutcomeIndicators } from '@/server/outcomes/get-outcome-indicators'
import type { TOutcomeFilter } from '@/server/outcomes/outcome-filter'
import { unitCostSources } from '@/server/schemes/unit-costs'
import { getActor } from '@/server/session'
import { dateFormatter } from '@/lib/format-dates'
import type { FiguresAsAt } from '@/server/outcomes/outcome-figure-sets'
import { asAtNotes } from '../as-at'
import { keyLabel, nameIn } from '../key-label'
import { badOutcomesAddress } from '../bad-filter'

export const dynamic = 'force-dynamic'

type Options = Awaited<ReturnType<typeof getOutcomeFilterOptions>>

async function language(locale: 'en' | 'cy', f: TOutcomeFilter, options: Options, when: FiguresAsAt, pathways: FiguresAsAt): Promise<PackLanguage> {
  const next = await getTranslations({ locale })
  const t: Translate = (key, values) => (next as unknown as Translate)(key, values)
  const cy = locale === 'cy'
  const named = (list: Options['ldus'], id: string) => nameIn(list, id, cy)
  const area = [f.region && t(`enums.region.${f.region}`), f.lduId && named(options.ldus, f.lduId), f.localAuthorityId && named(options.localAuthorities, f.localAuthorityId), f.agencyId && named(options.agencies, f.agencyId)].filter(Boolean).join(', ')
  return {
    locale,
    t,
    filterLine: t('outcomes.packFilter', { from: f.from, to: f.to, area: area || t('outcomes.allWales'), group: f.group ? t(`outcomes.groups.${f.group}`, COHORT_YOUNG_ADULT_AGES) : t('outcomes.all'), by: t(`outcomes.breakdown.${f.by}`) }),
    generated: t('outcomes.packGenerated', { date: formatLondonDate(new Date(), locale) }),
    asAt: asAtNotes(when, t, dateFormatter(locale)),
    // A view read from the refresh computes its pathway table on request (ADR 0026): that table says so.
    pathwaysLive: when.precomputed && !pathways.precomputed ? t('outcomesRefresh.tableLive', { time: dateFormatter(locale)(pathways.asAt, 'dateTime') }) : undefined,
    keyLabel: (key) => keyLabel(f.by, key, t, options, cy),
  }
}

/** The board pack for the dashboard's filter: one PDF, Welsh then English (issue 14); audited as a board pack. */
export async function GET(request: Request) {
  const actor = await getActor()
  if (!actor) return new Response(null, { status: 401 })
  try {
    const data = await getOutcomeIndicators(actor, queryOf(request), 'boardPack')
    const [options, unitCosts] = await Promise.all([getOutcomeFilterOptions(actor), unitCostSources(actor)])
    const languages = await Promise.all((['cy', 'en'] as const).map((l) => language(l, data.filter, options, data, data.pathwaysAsAt)))
    const pdf = await renderBoardPack({ ...data, by: data.filter.by, from: data.filter.from, to: data.filter.to, unitCosts }, languages)
    return pdfResponse(pdf, `llwybr-board-pack-${data.filter.from}-${data.filter.to}.pdf`)
  } catch (e) {
    if (isAppError(e) && (e.code === 'NOT_FOUND' || e.code === 'FORBIDDEN')) return new Response(null, { status: 404 })
    if (e instanceof ZodError) return badOutcomesAddress(e, 'packBadFilter')
    throw e
  }
}
