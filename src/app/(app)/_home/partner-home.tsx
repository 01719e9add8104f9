import Link from 'next/link'
import { getTranslations } from 'next-intl/server'
import { partnerQueue } from '@/server/partners/partner-queue'
import type { Actor } from '@/server/policy'
import { OpenReferralsSection } from '../partner/_open-referrals'

const urgent = (r: { clock: { state: string } | null }) => r.clock?.state === 'BREACHED' || r.clock?.state === 'NEAR_BREACH'

/**
 * A partner caseworker's home (issue 15 item 15): the referrals to their service by stage, each list with the
 * breached and near-breach service-level clocks first, and how many need them today.
 */
export async function PartnerHome({ actor }: { actor: Actor }) {
  const queue = await partnerQueue(actor)
  const t = await getTranslations()
  const needing = [...queue.incoming, ...queue.working].filter(urgent).length
  return (
    <section aria-labelledby="partner-home-heading" className="mb-10">
      <h2 id="partner-home-heading" className="mb-3 text-2xl font-bold">{t('roleHome.partnerHeading')}</h2>
      <p className={`mb-4 ${needing ? 'font-bold' : ''}`}>{t('roleHome.partnerUrgent', { count: needing })}</p>
      <OpenReferralsSection level={3} id="home-incoming-heading" title={t('partnerWork.incoming')} empty={t('partnerWork.noIncoming')} rows={queue.incoming} />
      <OpenReferralsSection level={3} id="home-working-heading" title={t('partnerWork.working')} empty={t('partnerWork.noWorking')} rows={queue.working} />
      <p><Link href="/partner">{t('roleHome.partnerAll')}</Link></p>
    </section>
  )
}
