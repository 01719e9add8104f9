import { getLocale, getTranslations } from 'next-intl/server'
import { getDateFormatter } from '@/i18n/date-formatter'
import { ActionForm } from '@/components/action-form'
import { localisedName } from '@/lib/localised'
import { withdrawReferralAction } from '@/server/partners/actions'
import type { getPersonReferrals } from '@/server/partners/person-referrals'
import { ReferralHistory } from '../../../partner/_history'
import { ServiceLevelClock } from '../../../partner/_clock'
import { ReferralProgressRows } from '../../../partner/_progress-rows'

type Referral = Awaited<ReturnType<typeof getPersonReferrals>>['referrals'][number]

/** One referral as the offender manager follows it: where it stands, the clock, and everything the partner recorded. */
export async function ReferralCard({ offenderId, referral: r, canWithdraw }: { offenderId: string; referral: Referral; canWithdraw: boolean }) {
  const t = await getTranslations()
  const formatDate = await getDateFormatter()
  const locale = await getLocale()
  const isOpen = r.status === 'SUBMITTED' || r.status === 'ACCEPTED'
  const contact = r.service.contactPhone ? t('personReferrals.serviceContactPhone', { email: r.service.contactEmail, phone: r.service.contactPhone }) : t('personReferrals.serviceContact', { email: r.service.contactEmail })
  return (
    <li className="border-l-4 border-brand pl-3">
      <h3 className="text-xl font-bold">{t('personReferrals.summary', { service: localisedName(r.service, locale), provider: localisedName(r.service.providerAgency, locale), pathway: t(`plan.pathway.${r.pathway}`) })}</h3>
      <p className="mb-2">{t('personReferrals.referredBy', { name: r.referredBy.name, date: formatDate(r.createdAt, 'date') })}</p>
      <dl className="grid sm:grid-cols-[max-content_1fr] gap-x-6 gap-y-1">
        <dt className="font-bold">{t('partnerReferral.statusLabel')}</dt>
        <dd>{t(`partnerReferral.status.${r.status}`)}{r.outcome && ` — ${t(`partnerReferral.outcome.${r.outcome}`)}`}</dd>
        {r.decisionReason && (
          <>
            <dt className="font-bold">{t('partnerReferral.decisionReason')}</dt>
            <dd className="whitespace-pre-wrap">{r.decisionReason}</dd>
          </>
        )}
        <dt className="font-bold">{t('serviceLevel.label')}</dt>
        <dd><ServiceLevelClock clock={r.clock} /></dd>
        <dt className="font-bold">{t('partnerReferral.priority')}</dt>
        <dd>{t(r.priority ? 'partnerReferral.priorityYes' : 'partnerReferral.priorityNo')}</dd>
        <dt className="font-bold">{t('partnerReferral.reason')}</dt>
        <dd className="whitespace-pre-wrap">{r.reason}</dd>
        <dt className="font-bold">{t('partnerReferral.needs')}</dt>
        <dd>{r.needs.length ? r.needs.map((n) => (locale === 'cy' ? n.labelCy : n.label)).join('; ') : t('partnerReferral.noNeeds')}</dd>
        <dt className="font-bold">{t('partnerReferral.consent')}</dt>
        <dd>{r.consentToShare ? t('partnerReferral.consentGiven') : t('common.no')}</dd>
        <ReferralProgressRows r={r} />
      </dl>
      <p className="mt-2 text-sm">{contact}</p>
      <ReferralHistory updates={r.updates} level={4} />
      {canWithdraw && isOpen && (
        <div className="mt-4 max-w-2xl">
          <ActionForm problemTitle={t('common.problem')} action={withdrawReferralAction} idPrefix={`withdraw-${r.id}`} hidden={{ referralId: r.id, version: r.version, offenderId }}
            fields={[{ kind: 'textarea', name: 'reason', label: t('personReferrals.withdrawReason') }]} submitLabel={t('personReferrals.withdraw')} successMessage={t('personReferrals.withdrawn')} variant="secondary" />
        </div>
      )}
    </li>
  )
}
