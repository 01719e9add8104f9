import Link from 'next/link'
import { whenRefused } from '@/server/missing-record'
import { getTranslations } from 'next-intl/server'
import { getDateFormatter } from '@/i18n/date-formatter'
import { SimpleTable } from '@/components/simple-table'
import { londonToday } from '@/lib/dates'
import { findNominalsByReview } from '@/server/mappa/nominals-by-review'
import { reviewMark } from '@/server/mappa/register.schemas'
import { getMappaOverview } from '@/server/mappa/queries'
import type { Actor } from '@/server/policy'

/**
 * A MAPPA coordinator's home (issue 15 item 15): what waits for them in their area, each line leading to where it is
 * done, and the area's nominals whose review comes first. Nothing when the account has no MAPPA area.
 */
export async function MappaOverviewHome({ actor }: { actor: Actor }) {
  const overview = await getMappaOverview(actor).catch(whenRefused(null))
  if (!overview) return null
  const [nominals, t, format] = await Promise.all([findNominalsByReview(actor), getTranslations(), getDateFormatter()])
  const title = t('roleHome.mappaNominals')
  const today = londonToday()
  return (
    <section aria-labelledby="mappa-overview-heading" className="mb-10">
      <h2 id="mappa-overview-heading" className="mb-3 text-2xl font-bold">{t('roleHome.mappaHeading', { area: t(`enums.region.${overview.area}`) })}</h2>
      <ul className="list-disc space-y-1 pl-6">
        <li><Link href="/mappa#referrals-heading">{t('roleHome.mappaReferrals', { count: overview.waiting })}</Link></li>
        <li><Link href="/mappa#meetings-heading">{t('roleHome.mappaMeetings', { count: overview.meetings.length })}</Link></li>
        {/* Held but not closed are not "coming up" (fix16b item 3): said apart, only when there are any. */}
        {overview.awaitingMinutes.length > 0 && <li><Link href="/mappa#awaiting-minutes-heading">{t('roleHome.mappaAwaiting', { count: overview.awaitingMinutes.length })}</Link></li>}
        <li><Link href="/mappa/actions?overdue=1" className={overview.overdueActions ? 'font-bold text-error' : undefined}>{t('actionsTracker.overdueCount', { count: overview.overdueActions })}</Link></li>
        <li><Link href="/mappa/nominals?overdue=1">{t('roleHome.mappaReviews', { count: overview.overdueReviews })}</Link></li>
      </ul>
      <h3 id="mappa-nominals-heading" className="mb-3 mt-6 text-xl font-bold">{title}</h3>
      {nominals.length === 0 ? <p>{t('roleHome.mappaNoNominals')}</p> : (
        <SimpleTable labelledBy="mappa-nominals-heading" rowHeaders headers={[t('mappa.person'), t('mappa.level'), t('mappa.category'), t('roleHome.nextReview')]} rows={nominals.map((n) => ({
          key: n.id,
          cells: [
            <Link key="p" href={`/offenders/${n.offender.id}`}>{`${n.offender.lastName}, ${n.offender.firstName} (${n.offender.crn})`}</Link>,
            n.level,
            n.category,
            // A level 2 or 3 review past its date is marked, by the rule the overdue count uses (fix16b item 3).
            // A level 1 one says the lead agency reviews it, as the register does (reviewMark; re-walk of issue 16, item 6).
            reviewMark(n, today) === 'overdue' ? <strong key="r" className="text-error">{`${format(n.nextReviewDate, 'day')} (${t('roleHome.reviewOverdue')})`}</strong>
              : reviewMark(n, today) === 'leadAgency' ? `${format(n.nextReviewDate, 'day')} (${t('mappaRegister.leadAgencyReview')})` : format(n.nextReviewDate, 'day'),
          ],
        }))} />
      )}
    </section>
  )
}
