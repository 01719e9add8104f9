import { getTranslations } from 'next-intl/server'
import { getDateFormatter } from '@/i18n/date-formatter'

type Progress = { caseworker: { name: string } | null; firstAppointmentAt: Date | null; assessedOn: Date | null; carePlanStartedOn: Date | null; outcomeNote: string | null }

/** The partner's work so far, as rows of a description list: the same for the offender manager and the caseworker. */
export async function ReferralProgressRows({ r }: { r: Progress }) {
  const t = await getTranslations('partnerReferral')
  const formatDate = await getDateFormatter()
  const day = (d: Date | null) => (d ? formatDate(d, 'day') : t('notYet'))
  return (
    <>
      <dt className="font-bold">{t('caseworker')}</dt>
      <dd>{r.caseworker?.name ?? t('notYet')}</dd>
      <dt className="font-bold">{t('firstAppointment')}</dt>
      <dd>{r.firstAppointmentAt ? formatDate(r.firstAppointmentAt, 'dateTime') : t('notYet')}</dd>
      <dt className="font-bold">{t('assessedOn')}</dt>
      <dd>{day(r.assessedOn)}</dd>
      <dt className="font-bold">{t('carePlanStartedOn')}</dt>
      <dd>{day(r.carePlanStartedOn)}</dd>
      {r.outcomeNote && (
        <>
          <dt className="font-bold">{t('outcomeLabel')}</dt>
          <dd className="whitespace-pre-wrap">{r.outcomeNote}</dd>
        </>
      )}
    </>
  )
}
