import type { Metadata } from 'next'
import Link from 'next/link'
import { getLocale, getTranslations } from 'next-intl/server'
import { getDateFormatter } from '@/i18n/date-formatter'
import { orNotFound } from '@/app/_lib/or-not-found'
import { SimpleTable } from '@/components/simple-table'
import { localisedName } from '@/lib/localised'
import { partnerQueue } from '@/server/partners/partner-queue'
import { getActor } from '@/server/session'
import { ServiceLevelClock } from './_clock'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('partnerWork')
  return { title: t('title') }
}

type Queue = Awaited<ReturnType<typeof partnerQueue>>

/** The partner caseworker's referrals: waiting for a decision, being worked, and recently closed (no one's details). */
export default async function PartnerPage() {
  const queue = await orNotFound(partnerQueue((await getActor())!))
  const t = await getTranslations()
  const formatDate = await getDateFormatter()
  const locale = await getLocale()
  const day = (d: Date) => formatDate(d, 'date')
  const headers = [t('partnerWork.person'), t('partnerWork.crn'), t('partnerWork.service'), t('partnerWork.pathway'), t('partnerWork.referred'), t('partnerWork.serviceLevel')]
  const openRows = (rows: Queue['incoming']) =>
    rows.map((r) => ({
      key: r.id,
      cells: [
        <Link key="p" href={`/partner/referrals/${r.id}`}>{`${r.offender.firstName} ${r.offender.lastName}`}</Link>,
        r.offender.crn,
        localisedName(r.service, locale),
        t(`plan.pathway.${r.pathway}`),
        day(r.createdAt),
        <ServiceLevelClock key="c" clock={r.clock} />,
      ],
    }))
  const section = (id: string, title: string, empty: string, rows: Queue['incoming']) => (
    <section aria-labelledby={id} className="mb-10">
      <h2 id={id} className="mb-3 text-2xl font-bold">{title}</h2>
      {rows.length === 0 ? <p>{empty}</p> : <SimpleTable caption={title} hideCaption rowHeaders headers={headers} rows={openRows(rows)} />}
    </section>
  )
  return (
    <>
      <h1 className="mb-6 text-3xl font-bold">{t('partnerWork.title')}</h1>
      {section('incoming-heading', t('partnerWork.incoming'), t('partnerWork.noIncoming'), queue.incoming)}
      {section('working-heading', t('partnerWork.working'), t('partnerWork.noWorking'), queue.working)}
      <section aria-labelledby="closed-heading">
        <h2 id="closed-heading" className="mb-3 text-2xl font-bold">{t('partnerWork.closed')}</h2>
        {queue.closed.length === 0 ? <p>{t('partnerWork.noClosed')}</p> : (
          <SimpleTable caption={t('partnerWork.closed')} hideCaption rowHeaders
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
