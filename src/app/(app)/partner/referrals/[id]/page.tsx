import type { Metadata } from 'next'
import Link from 'next/link'
import { getLocale, getTranslations } from 'next-intl/server'
import { getDateFormatter } from '@/i18n/date-formatter'
import { orNotFound } from '@/app/_lib/or-not-found'
import { localisedName } from '@/lib/localised'
import { getPartnerReferral } from '@/server/partners/partner-queue'
import { requireActor } from '@/server/session'
import { ServiceLevelClock } from '../../_clock'
import { ReferralHistory } from '../../_history'
import { PersonDetails, ReferralAsMade } from './work-details'
import { DecideSection, WorkSections } from './work-forms'
import { ReferralProgressRows } from '../../_progress-rows'
import { recordIds } from '@/app/_lib/record-id'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('partnerWork')
  return { title: t('referralTitle') }
}

/** One referral to the caseworker's service: the person and the referral while open, the work done, and its history. */
export default async function PartnerReferralPage({ params }: { params: Promise<{ id: string }> }) {
  const r = await orNotFound(getPartnerReferral((await requireActor()), (await recordIds(params)).id))
  const t = await getTranslations()
  const formatDate = await getDateFormatter()
  const locale = await getLocale()
  return (
    <>
      <p><Link href="/partner">{t('partnerWork.back')}</Link></p>
      <h1 className="my-4 text-3xl font-bold">{t('partnerWork.heading', { service: localisedName(r.service, locale) })}</h1>
      <dl className="mb-8 grid max-w-3xl sm:grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
        <dt className="font-bold">{t('partnerReferral.statusLabel')}</dt>
        <dd>{t(`partnerReferral.status.${r.status}`)}{r.outcome && ` — ${t(`partnerReferral.outcome.${r.outcome}`)}`}</dd>
        <dt className="font-bold">{t('partnerReferral.pathway')}</dt>
        <dd>{t(`plan.pathway.${r.pathway}`)}</dd>
        <dt className="font-bold">{t('partnerReferral.referredOn')}</dt>
        <dd>{formatDate(r.createdAt, 'date')}</dd>
        <dt className="font-bold">{t('partnerReferral.priority')}</dt>
        <dd>{t(r.priority ? 'partnerReferral.priorityYes' : 'partnerReferral.priorityNo')}</dd>
        <dt className="font-bold">{t('serviceLevel.label')}</dt>
        <dd><ServiceLevelClock clock={r.clock} /></dd>
        <ReferralProgressRows r={r} />
      </dl>
      {r.work ? (
        <>
          <PersonDetails person={r.work.person} />
          <ReferralAsMade work={r.work} />
        </>
      ) : (
        <p className="mb-8 max-w-3xl border-l-4 border-gray-700 pl-3">{t('partnerWork.closedNotice')}</p>
      )}
      {r.status === 'SUBMITTED' && <DecideSection referral={r} />}
      {r.status === 'ACCEPTED' && <WorkSections referral={r} />}
      <section aria-labelledby="history-heading" className="max-w-3xl">
        <ReferralHistory updates={r.updates} level={2} id="history-heading" />
      </section>
    </>
  )
}
