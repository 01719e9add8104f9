import type { Metadata } from 'next'
import { getLocale, getTranslations } from 'next-intl/server'
import { getDateFormatter } from '@/i18n/date-formatter'
import { Button } from '@/components/button'
import { Pagination } from '@/components/pagination'
import { TextField } from '@/components/text-field'
import { orNotFound } from '@/app/_lib/or-not-found'
import { findAuditEvents } from '@/server/audit/find-audit-events'
import { getActor } from '@/server/session'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin.audit')
  return { title: t('title') }
}

export default async function AuditLogPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const params = await searchParams
  const result = await orNotFound(findAuditEvents((await getActor())!, params))
  const t = await getTranslations('admin.audit')
  const formatDate = await getDateFormatter()
  const cy = (await getLocale()) === 'cy'
  const { query } = result
  const href = (page: number) => `/admin/audit?${new URLSearchParams({ email: query.email ?? '', action: query.action ?? '', page: String(page) })}`
  return (
    <>
      <h1 className="mb-2 text-3xl font-bold">{t('title')}</h1>
      <p className="mb-6">{t('intro')}</p>
      <form method="get" className="mb-6 flex flex-wrap items-end gap-4">
        <TextField name="email" type="email" label={t('email')} defaultValue={query.email ?? ''} />
        <TextField name="action" label={t('action')} hint={t('actionHint')} defaultValue={query.action ?? ''} maxLength={80} />
        <Button type="submit">{t('filter')}</Button>
      </form>
      <p className="mb-2" role="status">{t('count', { count: result.total })}</p>
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
              <td className="p-2"><code>{e.action}</code></td>
              <td className="p-2">{e.subjectType}{e.subjectId ? ` ${e.subjectId}` : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pagination page={query.page} pages={result.pages} hrefFor={href} />
    </>
  )
}
