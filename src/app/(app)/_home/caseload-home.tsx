import { getTranslations } from 'next-intl/server'
import { withFilterErrors } from '@/app/_lib/filter-errors'
import { DueTasks } from '@/components/due-tasks'
import { FilterErrorSummary } from '@/components/filter-error-summary'
import { OffenderTable, type SortLink } from '@/components/offender-table'
import { Pagination } from '@/components/pagination'
import { getSavedCaseloadView } from '@/server/offenders/caseload-view'
import { defaultCaseloadView, findCaseload } from '@/server/offenders/find-caseload'
import { caseloadSorts, ZCaseloadAddress, ZCaseloadQuery, type TCaseloadQuery } from '@/server/offenders/offender.schemas'
import { can, type Actor } from '@/server/policy'
import { findDueTasks } from '@/server/tasks/find-due-tasks'
import { CaseloadFilters } from './caseload-filters'
import { Flash } from '@/components/flash'

const hrefOf = (q: TCaseloadQuery) =>
  `/?${new URLSearchParams(Object.entries({ ...q, page: String(q.page) }).filter(([, v]) => v !== undefined) as [string, string][])}`

export async function CaseloadHome({ actor, params }: { actor: Actor; params: Record<string, unknown> }) {
  const t = await getTranslations('caseload')
  const tTable = await getTranslations('caseloadTable')
  const views: TCaseloadQuery['view'][] = ['mine', ...(can(actor, 'caseload.viewTeam') ? (['team'] as const) : []), ...(can(actor, 'caseload.viewLdu') ? (['ldu', 'unallocated'] as const) : [])]
  // With no filters in the address, open the user's saved view.
  const hasFilters = ['view', 'sort', 'dir', 'sentenceType', 'rosh', 'overdue', 'page', 'after', 'before'].some((k) => k in params)
  // A senior's own caseload is usually empty: without a view chosen or saved, they see their team's (issue 15 item 9).
  const fallback = defaultCaseloadView(actor)
  // A view the role may not have or a filter the address gets wrong is named above the list run without it (walk 51
  // F5: `/?view=bogus` fell back in silence); a saved view that no longer parses falls back to the default.
  const allowedView = (q: TCaseloadQuery) => views.includes(q.view)
  const allowed = ZCaseloadQuery.refine(allowedView, { path: ['view'], message: 'chooseOption' })
  const saved = hasFilters ? null : allowed.safeParse({ view: fallback, ...((await getSavedCaseloadView(actor)) ?? {}) })
  const fromAddress = ZCaseloadAddress.refine(allowedView, { path: ['view'], message: 'chooseOption' })
  const { result: query, errors } = saved
    ? { result: saved.success ? saved.data : allowed.parse({ view: fallback }), errors: {} }
    : await withFilterErrors(params, async (p) => fromAddress.parse({ view: fallback, ...p }))
  const isProbation = actor.roles.some((r) => r === 'PROBATION_OFFICER' || r === 'SENIOR_PROBATION_OFFICER')
  // The list and what is due are independent reads: one wait, not two in turn (issue 18).
  const [{ rows, total, pages, firstCursor, lastCursor, hasNext, hasPrevious }, tasks] = await Promise.all([findCaseload(actor, query), isProbation ? findDueTasks(actor) : null])
  const base = { ...query, after: undefined, before: undefined }
  // Back to page 1 is the plain address, so the first page is always the first page however the data moved.
  const previousHref = !hasPrevious || !firstCursor ? undefined : query.page <= 2 ? hrefOf({ ...base, page: 1 }) : hrefOf({ ...base, before: firstCursor, page: query.page - 1 })
  const nextHref = hasNext && lastCursor ? hrefOf({ ...base, after: lastCursor, page: query.page + 1 }) : undefined
  const sortLinks: SortLink[] = caseloadSorts.map((key) => {
    const active = query.sort === key
    const dir = active && query.dir === 'asc' ? 'desc' : 'asc'
    return { key, href: hrefOf({ ...base, sort: key, dir, page: 1 }), active: active ? (query.dir === 'asc' ? 'ascending' : 'descending') : 'none' }
  })
  return (
    <>
      {tasks && <DueTasks tasks={tasks} showPerson />}
      <section aria-labelledby="caseload-heading" className="mb-10">
        <h2 id="caseload-heading" className="mb-4 text-2xl font-bold">
          {t(`heading.${query.view}`)}
        </h2>
        {params.saved === '1' && <Flash className="mb-4 font-bold text-green-800">{t('viewSaved')}</Flash>}
        <FilterErrorSummary errors={errors} labels={{ view: t('show'), sentenceType: t('sentenceType'), rosh: t('rosh'), sort: tTable('sortBy'), dir: tTable('order'), overdue: t('overdueOnly'), page: t('pageNumber') }} />
        <CaseloadFilters query={query} views={views} />
        <p className="mb-2">{t('count', { count: total })}</p>
        {rows.length === 0 ? <p>{t('empty')}</p> : <OffenderTable rows={rows} caption={tTable(`caption.${query.view}`)} sortLinks={sortLinks} showManager={query.view !== 'mine'} />}
        <Pagination page={query.page} pages={pages} previousHref={previousHref} nextHref={nextHref} />
      </section>
    </>
  )
}
