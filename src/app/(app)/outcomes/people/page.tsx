import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { getLocale, getTranslations } from 'next-intl/server'
import { ZodError } from 'zod'
import { orNotFound } from '@/app/_lib/or-not-found'
import { Pagination } from '@/components/pagination'
import { SimpleTable } from '@/components/simple-table'
import { findOutcomePeople } from '@/server/outcomes/find-outcome-people'
import { getOutcomeFilterOptions } from '@/server/outcomes/get-outcome-filter-options'
import { requireActor } from '@/server/session'
import { nameIn } from '../key-label'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations()
  return { title: t('outcomesLead.people.title') }
}

type Search = Promise<Record<string, string | string[] | undefined>>

/**
 * The people behind one count of any table of the outcome dashboard (issue 14 "Rules", leads' item 3): a lead's
 * drill-down, listing only people they may already open, each linked to their record, with how many of the figure's
 * rows are theirs. Strategic managers, other roles, withheld figures and bad addresses: 404.
 */
export default async function OutcomePeoplePage({ searchParams }: { searchParams: Search }) {
  const actor = await requireActor()
  const raw = Object.fromEntries(Object.entries(await searchParams).filter((e): e is [string, string] => typeof e[1] === 'string'))
  const result = await orNotFound(findOutcomePeople(actor, raw)).catch((e: unknown) => {
    if (e instanceof ZodError) notFound()
    throw e
  })
  const { filter: f, query, people, total, pages } = result
  const [t, cy, options] = await Promise.all([getTranslations(), getLocale().then((l) => l === 'cy'), getOutcomeFilterOptions(actor)])
  const area = f.lduId ? nameIn(options.ldus, f.lduId, cy) : f.region ? t(`enums.region.${f.region}`) : t('outcomes.allWales')
  const measure = t(`outcomes.measures.${query.table}.${query.measure}` as 'outcomes.title')
  const table = t(`outcomes.tables.${query.table}`)
  const filterValues = Object.fromEntries(Object.entries(f).filter((e): e is [string, string] => typeof e[1] === 'string'))
  const href = (boundary: { after?: string; before?: string; page: number }) =>
    `/outcomes/people?${new URLSearchParams({ ...filterValues, table: query.table, quarter: query.quarter, measure: query.measure, ...Object.fromEntries(Object.entries(boundary).map(([k, v]) => [k, String(v)])) })}`
  return (
    <>
      <p><Link href={`/outcomes?${new URLSearchParams(filterValues)}`}>{t('outcomesLead.people.back')}</Link></p>
      <h1 className="my-4 text-3xl font-bold">{t('outcomesLead.people.title')}</h1>
      <p className="mb-2 text-lg">{t('outcomesLead.people.about', { table, measure, quarter: query.quarter, area })}</p>
      <p className="mb-2 max-w-3xl">{t('outcomesLead.people.scopeNote')}</p>
      <p className="mb-6 max-w-3xl">{t('outcomesLead.people.countedNote')}</p>
      {!result.complete ? (
        <p>{t('outcomesLead.people.notAll')}</p>
      ) : people.length === 0 ? (
        <p>{t('outcomesLead.people.none')}</p>
      ) : (
        <>
          <p className="mb-2">{t('outcomesLead.people.count', { count: total })}</p>
          <SimpleTable caption={t('outcomesLead.people.caption')} rowHeaders headers={[t('outcomesLead.people.name'), t('outcomesLead.people.crn'), t('outcomesLead.people.counted')]}
            rows={people.map((p) => ({ key: p.id, cells: [<Link key="name" href={`/offenders/${p.id}`}>{p.firstName} {p.lastName}</Link>, p.crn, p.counted] }))} />
        </>
      )}
      <Pagination page={query.page} pages={pages}
        previousHref={result.hasPrevious && result.firstId ? href({ before: result.firstId, page: query.page - 1 }) : undefined}
        nextHref={result.hasNext && result.lastId ? href({ after: result.lastId, page: query.page + 1 }) : undefined} />
    </>
  )
}
