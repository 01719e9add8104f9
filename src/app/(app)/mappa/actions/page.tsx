import type { Metadata } from 'next'
import Link from 'next/link'
import { getLocale, getTranslations } from 'next-intl/server'
import { withFilterErrors } from '@/app/_lib/filter-errors'
import { orNotFound } from '@/app/_lib/or-not-found'
import { Pagination } from '@/components/pagination'
import { keysetLinks } from '@/lib/keyset-links'
import { listAreaActions, type ActionFilter } from '@/server/mappa/action-tracker'
import { requireActor } from '@/server/session'
import { TrackerFilters, trackerQuery } from './tracker-filters'
import { TrackerTable } from './tracker-table'
import { singleValues } from '@/app/_lib/query-of'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('actionsTracker')
  return { title: t('title') }
}

/** The coordinator's tracker of every action agreed at the area's meetings and serious case reviews (issue 16 item 6). */
export default async function MappaActionsPage({ searchParams }: { searchParams: Promise<ActionFilter> }) {
  const raw = await searchParams
  const filter = singleValues(raw) as ActionFilter
  const actor = (await requireActor())
  const cy = (await getLocale()) === 'cy'
  // Bad typed filters (days, dates, control characters): say so above the list run without them, not an error page.
  // A filter given twice is refused by the schema and named, so the raw query goes in (re-break 51 F3).
  const { result: list, errors } = await withFilterErrors(raw, (f) => orNotFound(listAreaActions(actor, f, { cy })))
  const t = await getTranslations()
  const { page: _p, after: _a, before: _b, ...kept } = filter
  return (
    <>
      <p><Link href="/mappa">{t('common.back')}</Link></p>
      <h1 id="tracker-heading" className="my-4 text-3xl font-bold">{t('actionsTracker.title')}</h1>
      <TrackerFilters actor={actor} filter={filter} errors={errors} />
      <p className="mb-4" role="status">{t('actionsTracker.count', { count: list.total })}</p>
      {list.rows.length > 0 && <TrackerTable labelledBy="tracker-heading" rows={list.rows} />}
      <Pagination page={list.page} pages={list.pages} {...keysetLinks(list, list.page, ({ page, ...boundary }) => `?${trackerQuery({ ...kept, ...boundary, page: String(page) })}`)} />
    </>
  )
}
