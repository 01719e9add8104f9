import { getLocale, getTranslations } from 'next-intl/server'
import { getDateFormatter } from '@/i18n/date-formatter'
import { ActionForm } from '@/components/action-form'
import { referralReasonLabel } from '@/lib/referral-reason'
import { withdrawMappaReferralAction } from '@/server/mappa/actions'
import type { getOffenderMappa } from '@/server/mappa/queries'

type Referral = Awaited<ReturnType<typeof getOffenderMappa>>['mappaReferrals'][number]

/**
 * The person's MAPPA referrals, newest first: each names the area it went to, and one still waiting for a decision
 * can be withdrawn by the referring agency (policy referralWithdrawable; walk 64 F1: one sent to the wrong area said neither where it
 * went nor how to take it back, and no new referral could be made while it waited).
 */
export async function MappaReferrals({ offenderId, referrals }: { offenderId: string; referrals: Referral[] }) {
  const t = await getTranslations()
  const formatDate = await getDateFormatter()
  const cy = (await getLocale()) === 'cy'
  if (referrals.length === 0) return <p className="mb-4">{t('mappa.noReferralsForPerson')}</p>
  return (
    <ul className="mb-6 space-y-2">
      {referrals.map((r) => (
        <li key={r.id} className="border-l-4 border-gray-400 pl-3">
          <p className="font-bold">{t('mappa.referralLine', { level: r.levelSought, date: formatDate(r.createdAt, 'day'), status: t(`enums.referralStatus.${r.status}`) })}</p>
          <p>{t('mappa.referralArea', { area: t(`enums.region.${r.area}`) })}</p>
          <p>{cy && r.referringAgency.nameCy ? r.referringAgency.nameCy : r.referringAgency.name}</p>
          {r.meeting && <p>{t('mappa.listedFor', { when: formatDate(r.meeting.startsAt, 'dateTime') })}</p>}
          {r.decisionReason && <p>{t(referralReasonLabel(r.status))} {r.decisionReason}</p>}
          {r.withdrawable && (
            <div className="mt-3 max-w-2xl">
              <ActionForm problemTitle={t('common.problem')} action={withdrawMappaReferralAction} idPrefix={`withdraw-${r.id}`} hidden={{ referralId: r.id, version: r.version, offenderId }}
                fields={[{ kind: 'textarea', name: 'reason', label: t('mappa.withdrawReason'), hint: t('mappa.withdrawHint'), maxLength: 1000 }]}
                submitLabel={t('mappa.withdrawReferral')} successMessage={t('mappa.referralWithdrawn')} variant="warning" />
            </div>
          )}
        </li>
      ))}
    </ul>
  )
}
