import { TableScroll } from '@/components/table-scroll'
import type { Metadata } from 'next'
import Link from 'next/link'
import { getLocale, getTranslations } from 'next-intl/server'
import { getDateFormatter } from '@/i18n/date-formatter'
import { Pagination } from '@/components/pagination'
import { findOffenderAudit } from '@/server/audit/find-offender-audit'
import { auditActionLabel } from '@/app/_lib/audit-action-label'
import { orNotFound } from '@/app/_lib/or-not-found'
import { keysetLinks } from '@/lib/keyset-links'
import { requireActor } from '@/server/session'
import { recordIds } from '@/app/_lib/record-id'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('audit')
  return { title: t('offenderTitle') }
}

export default async function OffenderAuditPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const { id } = await recordIds(params)
  const { page, after, before } = await searchParams
  const actor = (await requireActor())
  const result = await orNotFound(findOffenderAudit(actor, { offenderId: id, page, after, before }))
  const t = await getTranslations()
  const formatDate = await getDateFormatter()
  const cy = (await getLocale()) === 'cy'
  const o = result.offender
  return (
    <>
      <p>
        <Link href={`/offenders/${o.id}`}>{t('common.back')}</Link>
      </p>
      <h1 className="my-4 text-3xl font-bold">{t('audit.offenderHeading', { name: `${o.firstName} ${o.lastName}`, crn: o.crn })}</h1>
      <p className="mb-4">{t('audit.count', { count: result.total })}</p>
      <TableScroll label={t('auditView.pageCaption')}>
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">{t('auditView.pageCaption')}</caption>
          <thead className="border-b-2 border-gray-900">
            <tr>
              <th scope="col" className="p-2">{t('audit.when')}</th>
              <th scope="col" className="p-2">{t('audit.who')}</th>
              <th scope="col" className="p-2">{t('audit.agency')}</th>
              <th scope="col" className="p-2">{t('audit.what')}</th>
              <th scope="col" className="p-2">{t('audit.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {result.events.map((e) => (
              <tr key={e.id} className="border-b border-gray-300">
                <td className="p-2">{formatDate(e.occurredAt, 'dateTimeSeconds')}</td>
                <td className="p-2">{e.actor?.name ?? t('audit.system')}</td>
                <td className="p-2">{e.actor ? (cy && e.actor.agency.nameCy ? e.actor.agency.nameCy : e.actor.agency.name) : ''}</td>
                {/* A break-glass opening stands out, with its reason beside it (issue 17). */}
                <td className="p-2">
                  {e.action === 'offender.breakGlass' ? <strong>{auditActionLabel(t, e.action)}</strong> : auditActionLabel(t, e.action)}
                  {/* Whom a list change put on or took off, for the seniors who manage the lists (walk 38 O7). */}
                  {e.listed && <span className="block">{t('audit.listed', { list: e.listed.kind, names: e.listed.names.join(', ') })}</span>}
                </td>
                <td className="p-2">{e.reason ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <Pagination
        page={result.page}
        pages={result.pages}
        {...keysetLinks(result, result.page, ({ page: p, ...boundary }) => `/offenders/${o.id}/audit?${new URLSearchParams({ ...boundary, page: String(p) })}`)}
      />
    </>
  )
}
