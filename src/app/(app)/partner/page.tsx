import type { Metadata } from 'next'
import Link from 'next/link'
import { getLocale, getTranslations } from 'next-intl/server'
import { getDateFormatter } from '@/i18n/date-formatter'
import { orNotFound } from '@/app/_lib/or-not-found'
import { SimpleTable } from '@/components/simple-table'
import { localisedName } from '@/lib/localised'
import { partnerQueue } from '@/server/partners/partner-queue'
import { requireActor } from '@/server/session'
import { OpenReferralsSection } from './_open-referrals'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('partnerWork')
  return { title: t('title') }
}

/** The partner caseworker's referrals: waiting for a decision, being worked, and recently closed (no one's details). */
export default async function PartnerPage() {
  const queue = await orNotFound(partnerQueue((await requireActor())))
  const t = await getTranslations()
  const formatDate = await getDateFormatter()
  const locale = await getLocale()
  const day = (d: Date) => formatDate(d, 'date')
  return (
    <>
      <h1 className="mb-6 text-3xl font-bold">{t('partnerWork.title')}</h1>
      <OpenReferralsSection id="incoming-heading" title={t('partnerWork.incoming')} empty={t('partnerWork.noIncoming')} rows={queue.incoming} />
      <OpenReferralsSection id="working-heading" title={t('partnerWork.working')} empty={t('partnerWork.noWorking')} rows={queue.working} />
      <section aria-labelledby="closed-heading">
        <h2 id="closed-heading" className="mb-3 text-2xl font-bold">{t('partnerWork.closed')}</h2>
        {queue.closed.length === 0 ? <p>{t('partnerWork.noClosed')}</p> : (
          <SimpleTable labelledBy="closed-heading" rowHeaders
            headers={[t('partnerReferral.referredOn'), t('partnerWork.service'), t('partnerWork.pathway'), t('partnerWork.status'), t('partnerWork.closedOn')]}
            rows={queue.closed.map((r) => ({
              key: r.id,
              cells: [
                <Link key="r" href={`/partner/referrals/${r.id}`}>{t('partnerWork.closedRow', { date: day(r.createdAt) })}</Link>,
                localisedName(r.service, locale),
                t(`plan.pathway.${r.pathway}`),
                `${t(`partnerReferral.status.${r.status}`)}${r.outcome ? ` — ${t(`partnerReferral.outcome.${r.outcome}`)}` : ''}`,
                r.closedAt ? day(r.closedAt) : '',
              ],
            }))} />
        )}
      </section>
    </>
  )
}
