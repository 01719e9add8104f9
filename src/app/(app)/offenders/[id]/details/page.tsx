import { TableScroll } from '@/components/table-scroll'
import type { Metadata } from 'next'
import Link from 'next/link'
import { getLocale, getTranslations } from 'next-intl/server'
import { getDateFormatter } from '@/i18n/date-formatter'
import { orNotFound } from '@/app/_lib/or-not-found'
import { localisedOptions } from '@/lib/localised'
import { getPersonalDetails } from '@/server/offenders/get-personal-details'
import { requireActor } from '@/server/session'
import { DetailsForm, type DetailValues } from './details-form'
import { recordIds } from '@/app/_lib/record-id'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('details')
  return { title: t('title') }
}

export default async function PersonalDetailsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await recordIds(params)
  const { offender, authorities, changedBy, canUpdate } = await orNotFound(getPersonalDetails((await requireActor()), id))
  const t = await getTranslations()
  const formatDate = await getDateFormatter()
  const locale = await getLocale()
  const { detailChanges, ...values } = offender
  return (
    <>
      <p><Link href={`/offenders/${offender.id}`}>{t('common.back')}</Link></p>
      <h1 className="my-4 text-3xl font-bold">{t('details.heading', { name: `${offender.firstName} ${offender.lastName}`, crn: offender.crn })}</h1>
      {canUpdate ? (
        <DetailsForm initial={{ ...values, offenderId: offender.id } as unknown as DetailValues} authorities={localisedOptions(authorities, locale)} />
      ) : (
        <p>{t('details.readOnly')}</p>
      )}
      <section aria-labelledby="history-heading" className="mt-10">
        <h2 id="history-heading" className="mb-2 text-2xl font-bold">{t('details.history')}</h2>
        {detailChanges.length === 0 ? (
          <p>{t('details.noHistory')}</p>
        ) : (
          <TableScroll label={t('details.history')}>
            <table className="w-full border-collapse text-left text-sm">
              <caption className="sr-only">{t('details.history')}</caption>
              <thead className="border-b-2 border-gray-900">
                <tr>
                  {(['when', 'who', 'what', 'from', 'to'] as const).map((c) => <th key={c} scope="col" className="p-2">{t(`details.column.${c}`)}</th>)}
                </tr>
              </thead>
              <tbody>
                {detailChanges.map((c) => (
                  <tr key={c.id.toString()} className="border-b border-gray-300">
                    <td className="p-2">{formatDate(c.changedAt, 'dateTime')}</td>
                    <td className="p-2">{changedBy[c.changedById] ?? ''}</td>
                    <td className="p-2">{t.has(`details.field.${c.field}`) ? t(`details.field.${c.field}`) : c.field}</td>
                    <td className="p-2">{c.oldValue ?? '—'}</td>
                    <td className="p-2">{c.newValue ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </section>
    </>
  )
}
