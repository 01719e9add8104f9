import type { Metadata } from 'next'
import Link from 'next/link'
import { getLocale, getTranslations } from 'next-intl/server'
import { getDateFormatter } from '@/i18n/date-formatter'
import { orNotFound } from '@/app/_lib/or-not-found'
import { ActionForm } from '@/components/action-form'
import { referralReasonLabel } from '@/lib/referral-reason'
import { acceptReferralAction, returnReferralAction } from '@/server/mappa/actions'
import { getReferral } from '@/server/mappa/queries'
import { requireActor } from '@/server/session'
import { recordIds } from '@/app/_lib/record-id'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('mappa')
  return { title: t('referralTitle') }
}

export default async function ReferralPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await recordIds(params)
  const r = await orNotFound(getReferral((await requireActor()), id))
  const t = await getTranslations()
  const formatDate = await getDateFormatter()
  const cy = (await getLocale()) === 'cy'
  const day = (d: Date | null) => (d ? formatDate(d, 'day') : t('common.none'))
  const rows: [string, string][] = [
    [t('mappa.category'), t(`enums.mappaCategory.${r.category}`)],
    [t('mappa.levelSought'), String(r.levelSought)],
    [t('mappa.area'), t(`enums.region.${r.area}`)],
    [t('mappa.indexOffence'), r.indexOffence],
    [t('mappa.sentence'), r.sentence],
    [t('mappa.sentenceDate'), day(r.sentenceDate)],
    [t('mappa.releaseDate'), day(r.releaseDate)],
    [t('mappa.sentenceExpiryDate'), day(r.sentenceExpiryDate)],
    [t('mappa.referredBy'), cy && r.referringAgency.nameCy ? r.referringAgency.nameCy : r.referringAgency.name],
    [t('mappa.status'), t(`enums.referralStatus.${r.status}`)],
  ]
  const open = r.status === 'SUBMITTED'
  return (
    <>
      <p><Link href="/mappa">{t('common.back')}</Link></p>
      <h1 className="my-4 text-3xl font-bold">{t('mappa.referralHeading', { name: `${r.offender.firstName} ${r.offender.lastName}`, crn: r.offender.crn })}</h1>
      <dl className="mb-6 grid max-w-3xl sm:grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
        {rows.map(([k, v]) => (
          <div key={k} className="contents">
            <dt className="font-bold">{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      <h2 className="mb-2 text-2xl font-bold">{t('mappa.reason')}</h2>
      <p className="mb-6 max-w-3xl whitespace-pre-line">{r.reason}</p>
      <h2 className="mb-2 text-2xl font-bold">{t('mappa.riskReports')}</h2>
      {r.documents.length === 0 ? (
        <p className="mb-6">{t('mappa.noReports')}</p>
      ) : (
        <ul className="mb-6 list-disc pl-6">
          {r.documents.map((d) => <li key={d.id}>{r.reportsOpen ? <a href={`/api/documents/${d.id}`}>{d.filename}</a> : d.filename}</li>)}
        </ul>
      )}
      {r.documents.length > 0 && !r.reportsOpen && <p className="mb-6 max-w-3xl">{t('mappa.reportsNotOpen')}</p>}
      {open && (
        <div className="grid max-w-4xl gap-8 md:grid-cols-2">
          <section aria-labelledby="accept-heading">
            <h2 id="accept-heading" className="mb-2 text-xl font-bold">{t('mappa.accept')}</h2>
            {r.meetings.length === 0 ? (
              <p>{t('mappa.noMeetingForLevel', { level: r.levelSought })} <Link href="/mappa/meetings/new">{t('mappa.scheduleMeeting')}</Link></p>
            ) : (
              <ActionForm action={acceptReferralAction} idPrefix="accept" hidden={{ referralId: r.id, version: r.version }} problemTitle={t('common.problem')} submitLabel={t('mappa.accept')} successMessage={t('mappa.accepted')}
                fields={[{ kind: 'select', name: 'meetingId', label: t('mappa.meeting'), placeholder: t('common.choose'), options: r.meetings.map((m) => ({ value: m.id, label: t('mappa.meetingOption', { level: m.level, when: formatDate(m.startsAt, 'fullDateTime') }) })) }]} />
            )}
          </section>
          <section aria-labelledby="return-heading">
            <h2 id="return-heading" className="mb-2 text-xl font-bold">{t('mappa.return')}</h2>
            <ActionForm action={returnReferralAction} idPrefix="return" hidden={{ referralId: r.id, version: r.version }} problemTitle={t('common.problem')} submitLabel={t('mappa.return')} successMessage={t('mappa.referralReturned')} variant="warning"
              fields={[{ kind: 'textarea', name: 'decisionReason', label: t('mappa.returnReason') }]} />
          </section>
        </div>
      )}
      {!open && r.decisionReason && <p className="max-w-3xl"><strong>{t(referralReasonLabel(r.status))}</strong> {r.decisionReason}</p>}
    </>
  )
}
