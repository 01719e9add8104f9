import type { Metadata } from 'next'
import Link from 'next/link'
import { getTranslations } from 'next-intl/server'
import { withFilterErrors } from '@/app/_lib/filter-errors'
import { orNotFound } from '@/app/_lib/or-not-found'
import { ErrorSummary } from '@/components/error-summary'
import { Pagination } from '@/components/pagination'
import { keysetLinks } from '@/lib/keyset-links'
import { listAreaActions, type ActionFilter } from '@/server/mappa/action-tracker'
import { actionStatuses } from '@/server/mappa/mappa.schemas'
import { requireActor } from '@/server/session'
import { MappaActionList } from '../_components/mappa-action-list'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('actionsTracker')
  return { title: t('title') }
}

/** The coordinator's tracker of every action agreed at the area's meetings. */
export default async function MappaActionsPage({ searchParams }: { searchParams: Promise<ActionFilter> }) {
  const filter = await searchParams
  const actor = (await requireActor())
  // A hand-edited filter with control characters: say so above the list without it, rather than an error page.
  const { result: list, errors } = await withFilterErrors(filter, (f) => orNotFound(listAreaActions(actor, f)))
  const t = await getTranslations()
  const query = (f: ActionFilter) => `?${new URLSearchParams(Object.entries(f).filter(([, v]) => v) as [string, string][]).toString()}`
  const filters = [
    { label: t('actionsTracker.all'), f: {} },
    { label: t('actionsTracker.overdue'), f: { overdue: '1' } },
    ...actionStatuses.map((s) => ({ label: t(`enums.actionStatus.${s}`), f: { status: s } })),
  ]
  const current = (f: ActionFilter) => f.overdue === filter.overdue && f.status === filter.status
  return (
    <>
      <p><Link href="/mappa">{t('common.back')}</Link></p>
      <h1 className="my-4 text-3xl font-bold">{t('actionsTracker.title')}</h1>
      {Object.keys(errors).length > 0 && <ErrorSummary title={t('common.problem')} message={Object.values(errors)[0]![0]} />}
      <nav aria-label={t('actionsTracker.filter')} className="mb-6">
        <ul className="flex flex-wrap gap-4">
          {filters.map(({ label, f }) => (
            <li key={label}><Link href={query(f)} aria-current={current(f) ? 'page' : undefined} className={current(f) ? 'font-bold' : undefined}>{label}</Link></li>
          ))}
        </ul>
      </nav>
      <p className="mb-4">{t('actionsTracker.count', { count: list.total })}</p>
      {list.rows.length > 0 && <MappaActionList caption={t('actionsTracker.title')} rows={list.rows} />}
      <Pagination
        page={list.page}
        pages={list.pages}
        {...keysetLinks(list, list.page, ({ page, ...boundary }) => query({ status: filter.status, overdue: filter.overdue, ...boundary, page: String(page) }))}
      />
    </>
  )
}
