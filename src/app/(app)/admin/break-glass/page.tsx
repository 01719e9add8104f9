import { TableScroll } from '@/components/table-scroll'
import type { Metadata } from 'next'
import Link from 'next/link'
import { getLocale, getTranslations } from 'next-intl/server'
import { getDateFormatter } from '@/i18n/date-formatter'
import { auditActionLabel } from '@/app/_lib/audit-action-label'
import { withFilterErrors } from '@/app/_lib/filter-errors'
import { orNotFound } from '@/app/_lib/or-not-found'
import { Button } from '@/components/button'
import { FilterErrorSummary } from '@/components/filter-error-summary'
import { Pagination } from '@/components/pagination'
import { TextField } from '@/components/text-field'
import { keysetLinks } from '@/lib/keyset-links'
import { findBreakGlass } from '@/server/break-glass/find-break-glass'
import { requireActor } from '@/server/session'

type Row = Awaited<ReturnType<typeof findBreakGlass>>['rows'][number]
type Person = Row['person']
type Translate = Awaited<ReturnType<typeof getTranslations>>

/** What the opener did with the record while the access lasted (walk 51 F8); nothing for a restricted row. */
function OpeningActivity({ activity, t }: { activity: Row['activity']; t: Translate }) {
  if (!activity) return null
  if (activity.length === 0) return t('breakGlass.list.activityNone')
  return (
    <ul className="space-y-1">
      {activity.map((a) => <li key={a.action}>{t('breakGlass.list.activityItem', { action: auditActionLabel(t, a.action), count: a.count })}</li>)}
    </ul>
  )
}

/** The opening's person: a link where the reviewer may open the record, else their name with a note, or "restricted". */
function OpenedPerson({ person, restricted, notOpenable }: { person: Person; restricted: string; notOpenable: string }) {
  if (!person) return restricted
  const label = `${person.firstName} ${person.lastName} (${person.crn})`
  if (person.opens) return <Link href={`/offenders/${person.id}`}>{label}</Link>
  return <>{label}<br /><span className="text-sm text-gray-700">{notOpenable}</span></>
}

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('breakGlass.list')
  return { title: t('title') }
}

/** Break-glass openings for their reviewers (seniors, the data protection lead), filterable by the days they began (issue 17). */
export default async function BreakGlassListPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const params = await searchParams
  const actor = await requireActor()
  const { result, errors } = await withFilterErrors(params, (p) => orNotFound(findBreakGlass(actor, p)))
  const t = await getTranslations()
  const formatDate = await getDateFormatter()
  const cy = (await getLocale()) === 'cy'
  const { query } = result
  const filters = { from: query.from ?? '', to: query.to ?? '' }
  const href = ({ page, ...boundary }: { after?: string; before?: string; page: number }) => `/admin/break-glass?${new URLSearchParams({ ...filters, ...boundary, page: String(page) })}`
  return (
    <>
      <h1 className="mb-2 text-3xl font-bold">{t('breakGlass.list.title')}</h1>
      <p className="mb-6 max-w-3xl">{t(result.reviewsAll ? 'breakGlass.list.introAll' : 'breakGlass.list.intro')}</p>
      <FilterErrorSummary errors={errors} labels={{ from: t('breakGlass.list.from'), to: t('breakGlass.list.to') }} />
      <form noValidate method="get" className="mb-6 flex flex-wrap items-end gap-4">
        <TextField name="from" type="date" label={t('breakGlass.list.from')} hint={t('breakGlass.list.dateHint')} defaultValue={params.from ?? ''} errors={errors.from} />
        <TextField name="to" type="date" label={t('breakGlass.list.to')} hint={t('breakGlass.list.dateHint')} defaultValue={params.to ?? ''} errors={errors.to} />
        <Button type="submit">{t('breakGlass.list.filter')}</Button>
      </form>
      <p className="mb-2" role="status">{t('breakGlass.list.count', { count: result.total })}</p>
      <TableScroll label={t('breakGlass.list.caption')}>
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">{t('breakGlass.list.caption')}</caption>
          <thead className="border-b-2 border-gray-900">
            <tr>
              {(['opened', 'until', 'who', 'agency', 'person', 'reason', 'activity'] as const).map((c) => <th key={c} scope="col" className="p-2">{t(`breakGlass.list.${c}`)}</th>)}
            </tr>
          </thead>
          <tbody>
            {result.rows.map((r, n) => (
              <tr key={r.id ?? `restricted-${n}`} className="border-b border-gray-300 align-top">
                <td className="p-2">{formatDate(r.from, 'dateTime')}</td>
                <td className="p-2">{formatDate(r.until, 'dateTime')}</td>
                <td className="p-2">{r.user.name}</td>
                <td className="p-2">{cy && r.user.agency.nameCy ? r.user.agency.nameCy : r.user.agency.name}</td>
                <td className="p-2"><OpenedPerson person={r.person} restricted={t('breakGlass.list.restricted')} notOpenable={t('breakGlass.list.notOpenable')} /></td>
                <td className="p-2 [overflow-wrap:anywhere]">{r.reason ?? ''}</td>
                <td className="p-2"><OpeningActivity activity={r.activity} t={t} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <Pagination page={query.page} pages={result.pages} {...keysetLinks(result, query.page, href)} />
    </>
  )
}
