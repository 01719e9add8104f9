import { getLocale, getTranslations } from 'next-intl/server'
import { getDateFormatter } from '@/i18n/date-formatter'
import { ActionForm } from '@/components/action-form'
import { localisedName } from '@/lib/localised'
import { decideCosaReferralAction } from '@/server/cosa/actions'
import { referralDecisions } from '@/server/cosa/circles.schemas'
import { pendingCosaReferrals } from '@/server/cosa/referrals'
import type { Actor } from '@/server/policy'

/** Referrals to the coordinator's provider: accept into a forming circle, decline or waitlist with reasons. */
export async function CosaReferralsSection({ actor }: { actor: Actor }) {
  const referrals = await pendingCosaReferrals(actor)
  const t = await getTranslations()
  const formatDate = await getDateFormatter()
  const locale = await getLocale()
  return (
    <section aria-labelledby="cosa-referrals-heading" className="mb-10">
      <h2 id="cosa-referrals-heading" className="mb-3 text-2xl font-bold">{t('cosaReferral.waiting')}</h2>
      {referrals.length === 0 ? <p>{t('cosaReferral.noneWaiting')}</p> : (
        <ul className="space-y-6">
          {referrals.map((r, n) => r.restricted ? (
            // About someone the viewer may not see: its place, programme, status and date; no id, name or form (ADR 0023).
            <li key={`restricted-${n}`} className="max-w-3xl border-l-4 border-brand pl-3">
              <p className="font-bold">{t('cosaLast.restrictedReferral')} — {t(`enums.cosaProgramme.${r.programme}`)} — {t(`enums.cosaReferralStatus.${r.status}`)}</p>
              <p>{formatDate(r.createdAt, 'date')}</p>
            </li>
          ) : (
            <li key={r.id} className="max-w-3xl border-l-4 border-brand pl-3">
              <p className="font-bold">{`${r.offender.firstName} ${r.offender.lastName} (${r.offender.crn})`} — {t(`enums.cosaProgramme.${r.programme}`)} — {t(`enums.cosaReferralStatus.${r.status}`)}</p>
              <p>{t('cosaReferral.from', { name: r.referredBy.name, agency: localisedName(r.referredBy.agency, locale), date: formatDate(r.createdAt, 'date') })}</p>
              <p className="whitespace-pre-wrap"><span className="font-bold">{t('cosaReferral.eligibility')}:</span> {r.eligibility}</p>
              <p className="mb-2 whitespace-pre-wrap"><span className="font-bold">{t('cosaReferral.suitability')}:</span> {r.suitability}</p>
              <ActionForm problemTitle={t('common.problem')} action={decideCosaReferralAction} idPrefix={`decide-${r.id}`} hidden={{ referralId: r.id, version: r.version }} fields={[
                { kind: 'select', name: 'decision', label: t('cosaReferral.decision'), options: referralDecisions.map((d) => ({ value: d, label: t(`enums.cosaReferralStatus.${d}`) })), placeholder: t('common.choose') },
                { kind: 'text', name: 'decisionReason', label: t('cosaReferral.decisionReason') },
              ]} submitLabel={t('cosaReferral.decide')} successMessage={t('cosaReferral.decided')} />
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
