import Link from 'next/link'
import { getTranslations } from 'next-intl/server'
import { DueTasks } from '@/components/due-tasks'
import { OffenderTable, type SortLink } from '@/components/offender-table'
import { Pagination } from '@/components/pagination'
import { findCaseload } from '@/server/offenders/find-caseload'
import { findDueTasks } from '@/server/tasks/find-due-tasks'
import { ZCaseloadQuery, type TCaseloadQuery } from '@/server/offenders/offender.schemas'
import { can, type Actor } from '@/server/policy'

const hrefOf = (q: TCaseloadQuery) => `/?${new URLSearchParams({ view: q.view, sort: q.sort, dir: q.dir, page: String(q.page) })}`

export async function CaseloadHome({ actor, params }: { actor: Actor; params: Record<string, unknown> }) {
  const t = await getTranslations('caseload')
  const parsed = ZCaseloadQuery.safeParse(params)
  const query = parsed.success ? parsed.data : ZCaseloadQuery.parse({})
  const canTeam = can(actor, 'caseload.viewTeam')
  const { rows, total, pages } = await findCaseload(actor, canTeam ? query : { ...query, view: 'mine' })
  const sortLinks: SortLink[] = (['name', 'crn', 'rosh'] as const).map((key) => {
    const active = query.sort === key
    const dir = active && query.dir === 'asc' ? 'desc' : 'asc'
    return { key, href: hrefOf({ ...query, sort: key, dir, page: 1 }), active: active ? (query.dir === 'asc' ? 'ascending' : 'descending') : 'none' }
  })
  const isProbation = actor.roles.some((r) => r === 'PROBATION_OFFICER' || r === 'SENIOR_PROBATION_OFFICER')
  const tasks = isProbation ? await findDueTasks(actor) : null
  return (
    <>
      {tasks && <DueTasks tasks={tasks} showPerson />}
      <section aria-labelledby="caseload-heading" className="mb-10">
        <h2 id="caseload-heading" className="mb-2 text-2xl font-bold">
          {query.view === 'team' ? t('teamTitle') : t('title')}
        </h2>
        {canTeam && (
          <p className="mb-4 flex gap-4">
            {(['mine', 'team'] as const).map((view) => (
              <Link key={view} href={hrefOf({ ...query, view, page: 1 })} aria-current={query.view === view ? 'page' : undefined} className={query.view === view ? 'font-bold no-underline' : ''}>
                {t(`view.${view}`)}
              </Link>
            ))}
          </p>
        )}
        <p className="mb-2">{t('count', { count: total })}</p>
        {rows.length === 0 ? (
          <p>{t('empty')}</p>
        ) : (
          <OffenderTable rows={rows} caption={t('caption')} sortLinks={sortLinks} />
        )}
        <Pagination page={query.page} pages={pages} hrefFor={(page) => hrefOf({ ...query, page })} />
      </section>
    </>
  )
}
