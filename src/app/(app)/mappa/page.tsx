import type { Metadata } from 'next'
import Link from 'next/link'
import { getLocale, getTranslations } from 'next-intl/server'
import { getDateFormatter } from '@/i18n/date-formatter'
import { orNotFound } from '@/app/_lib/or-not-found'
import { SimpleTable } from '@/components/simple-table'
import { getMappaOverview } from '@/server/mappa/queries'
import { MinutesRequestsSection } from './_components/minutes-requests'
import { ReviewsSection } from './_components/reviews-section'
import { requireActor } from '@/server/session'
import { Flash } from '@/components/flash'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('mappa')
  return { title: t('title') }
}

export default async function MappaPage({ searchParams }: { searchParams: Promise<{ returned?: string }> }) {
  const actor = (await requireActor())
  const overview = await orNotFound(getMappaOverview(actor))
  const { returned } = await searchParams
  const t = await getTranslations()
  const formatDate = await getDateFormatter()
  const cy = (await getLocale()) === 'cy'
  const when = (d: Date) => formatDate(d, 'dateTime')
  const count = (level: number, category: number) => overview.counts.find((c) => c.level === level && c.category === category)?.count ?? 0
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold">{t('mappa.heading', { area: t(`enums.region.${overview.area}`) })}</h1>
      {returned === '1' && <Flash className="mb-4 font-bold text-green-800">{t('mappa.referralReturned')}</Flash>}
      <ul className="mb-6 flex flex-wrap gap-6">
        <li><Link href="/mappa/meetings/new" className="font-bold">{t('mappa.scheduleMeeting')}</Link></li>
        <li>
          <Link href="/mappa/actions">{t('actionsTracker.link')}</Link>{' '}
          (<Link href="/mappa/actions?overdue=1" className={overview.overdueActions ? 'font-bold text-error' : undefined}>{t('actionsTracker.overdueCount', { count: overview.overdueActions })}</Link>)
        </li>
      </ul>
      <MinutesRequestsSection actor={actor} />
      <ReviewsSection actor={actor} />

      <section aria-labelledby="referrals-heading" className="mb-10">
        <h2 id="referrals-heading" className="mb-3 text-2xl font-bold">{t('mappa.referralsWaiting')}</h2>
        {overview.waiting === 0 ? (
          <p>{t('mappa.noReferrals')}</p>
        ) : (
          <SimpleTable
            labelledBy="referrals-heading"
            headers={[t('mappa.person'), t('mappa.levelSought'), t('mappa.category'), t('mappa.referredBy'), t('mappa.received')]}
            rows={overview.referrals.map((r) => ({
              key: r.id,
              cells: [
                <Link key="person" href={`/mappa/referrals/${r.id}`}>{`${r.offender.lastName}, ${r.offender.firstName} (${r.offender.crn})`}</Link>,
                r.levelSought,
                r.category,
                cy && r.referringAgency.nameCy ? r.referringAgency.nameCy : r.referringAgency.name,
                when(r.createdAt),
              ],
            })).concat(overview.restrictedReferrals.map((r, n) => ({
              key: `restricted-${n}`,
              cells: [<span key="person">{t('mappaGaps.referralRestricted')}</span>, '', '', '', when(r.createdAt)],
            })))}
          />
        )}
      </section>

      <section aria-labelledby="meetings-heading" className="mb-10">
        <h2 id="meetings-heading" className="mb-3 text-2xl font-bold">{t('mappa.upcomingMeetings')}</h2>
        {overview.meetings.length === 0 ? (
          <p>{t('mappa.noMeetings')}</p>
        ) : (
          <SimpleTable
            labelledBy="meetings-heading"
            headers={[t('mappa.when'), t('mappa.level'), t('mappa.chair'), t('mappa.where'), t('mappa.agendaCount'), t('mappa.status')]}
            rows={overview.meetings.map((m) => ({
              key: m.id,
              cells: [
                <Link key="when" href={`/mappa/meetings/${m.id}`}>{when(m.startsAt)}</Link>,
                m.level,
                m.chair.name,
                [m.venue, m.online && t('mappa.online')].filter(Boolean).join(' · '),
                m._count.agendaItems,
                t(`enums.meetingStage.${m.stage}`),
              ],
            }))}
          />
        )}
      </section>

      {overview.awaitingMinutes.length > 0 && (
        // Held but not closed: not "coming up", still waiting on the chair (fix16b item 3).
        <section aria-labelledby="awaiting-minutes-heading" className="mb-10">
          <h2 id="awaiting-minutes-heading" className="mb-3 text-2xl font-bold">{t('mappa.awaitingMinutes')}</h2>
          <ul className="list-disc space-y-1 pl-6">
            {overview.awaitingMinutes.map((m) => (
              <li key={m.id}><Link href={`/mappa/meetings/${m.id}`}>{t('mappa.meetingHeading', { level: m.level, when: when(m.startsAt) })}</Link> — {m.chair.name} — {t(`enums.meetingStage.${m.stage}`)}</li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="nominals-heading">
        <h2 id="nominals-heading" className="mb-3 text-2xl font-bold">{t('mappa.nominals')}</h2>
        <ul className="mb-3 flex flex-wrap gap-6">
          <li><Link href="/mappa/nominals">{t('mappaRegister.link')}</Link></li>
          {/* Straight to the register filtered to the same rule (issue 16 item 4). */}
          <li><Link href="/mappa/nominals?overdue=1" className={overview.overdueReviews ? 'font-bold text-error' : undefined}>{t('mappa.overdueReviews', { count: overview.overdueReviews })}</Link></li>
        </ul>
        <SimpleTable
          caption={t('mappa.nominalsCaption')}
          rowHeaders
          headers={[t('mappa.category'), ...[1, 2, 3].map((l) => t('mappa.levelN', { level: l }))]}
          rows={[
            ...[1, 2, 3, 4].map((c) => ({ key: String(c), cells: [t(`enums.mappaCategory.${c}`), ...[1, 2, 3].map((l) => count(l, c))] })),
            // Limited Access people, by level only: their category is not the reader's to see (break 34 D3).
            ...(overview.restrictedCounts.length ? [{ key: 'restricted', cells: [t('mappa.restrictedCategory'), ...[1, 2, 3].map((l) => overview.restrictedCounts.find((c) => c.level === l)?.count ?? 0)] }] : []),
          ]}
        />
      </section>
    </>
  )
}
