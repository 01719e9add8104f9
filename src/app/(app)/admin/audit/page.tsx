import { TableScroll } from '@/components/table-scroll'
import type { Metadata } from 'next'
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
import { findAuditEvents } from '@/server/audit/find-audit-events'
import { requireActor } from '@/server/session'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin.audit')
  return { title: t('title') }
}

export default async function AuditLogPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const params = await searchParams
  const tRoot = await getTranslations()
  const actor = (await requireActor())
  // Bad filters (a malformed CRN, issue 15 item 11; too long; control characters) get field messages, not an error page.
  const { result, errors } = await withFilterErrors(params, (p) => orNotFound(findAuditEvents(actor, p)))
  if (errors.crn) errors.crn = [tRoot('auditView.invalidCrn')]
  const t = await getTranslations('admin.audit')
  const formatDate = await getDateFormatter()
  const cy = (await getLocale()) === 'cy'
  const { query } = result
  const filters = { email: query.email ?? '', crn: query.crn ?? '', action: query.action ?? '' }
  const href = ({ page, ...boundary }: { after?: string; before?: string; page: number }) => `/admin/audit?${new URLSearchParams({ ...filters, ...boundary, page: String(page) })}`
  return (
    <>
      <h1 className="mb-2 text-3xl font-bold">{t('title')}</h1>
      <p className="mb-6">{t('intro')}</p>
      <FilterErrorSummary errors={errors} labels={{ email: t('email'), crn: tRoot('auditView.crn'), action: t('action') }} />
      <form noValidate method="get" className="mb-6 flex flex-wrap items-end gap-4">
        <TextField name="email" type="email" label={t('email')} defaultValue={query.email ?? ''} errors={errors.email} maxLength={254} />
        <TextField name="crn" label={tRoot('auditView.crn')} hint={tRoot('auditView.crnHint')} defaultValue={params.crn ?? ''} errors={errors.crn} />
        <TextField name="action" label={t('action')} hint={t('actionHint')} defaultValue={query.action ?? ''} errors={errors.action} maxLength={80} />
        <Button type="submit">{t('filter')}</Button>
      </form>
      <p className="mb-2" role="status">{t('count', { count: result.total })}</p>
      <TableScroll label={t('caption')}>
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">{t('caption')}</caption>
          <thead className="border-b-2 border-gray-900">
            <tr>
              {(['when', 'who', 'agency', 'what', 'subject'] as const).map((c) => (
                <th key={c} scope="col" className="p-2">{t(c)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {result.events.map((e) => (
              <tr key={e.id} className="border-b border-gray-300">
                <td className="p-2">{formatDate(e.occurredAt, 'dateTimeSeconds')}</td>
                <td className="p-2">{e.actor ? `${e.actor.name} (${e.actor.email})` : t('system')}</td>
                <td className="p-2">{e.actor ? (cy && e.actor.agency.nameCy ? e.actor.agency.nameCy : e.actor.agency.name) : ''}</td>
                <td className="p-2">
                  {auditActionLabel(tRoot, e.action)} <code className="block text-xs text-gray-700">{e.action}</code>
                </td>
                <td className="p-2">{e.subjectType}{e.subjectId ? ` ${e.subjectId}` : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <Pagination page={query.page} pages={result.pages} {...keysetLinks(result, query.page, href)} />
    </>
  )
}
