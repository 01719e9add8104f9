import Link from 'next/link'
import { getTranslations } from 'next-intl/server'
import { getDateFormatter } from '@/i18n/date-formatter'
import { SimpleTable } from '@/components/simple-table'
import type { Actor } from '@/server/policy'
import { listReviews } from '@/server/mappa/reviews'

/** The area's serious case reviews, open ones first, and where to open one (finding the nominal first: issue 16 item 5). */
export async function ReviewsSection({ actor }: { actor: Actor }) {
  const reviews = await listReviews(actor)
  const t = await getTranslations()
  const formatDate = await getDateFormatter()
  return (
    <section aria-labelledby="reviews-heading" className="mb-10">
      <h2 id="reviews-heading" className="mb-3 text-2xl font-bold">{t('reviews.listHeading')}</h2>
      <p className="mb-3"><Link href="/mappa/reviews/new" className="font-bold">{t('reviews.open')}</Link></p>
      {reviews.length === 0 ? <p>{t('reviews.none')}</p> : (
        <SimpleTable labelledBy="reviews-heading" rowHeaders headers={[t('actionsTracker.person'), t('reviews.offenceDate'), t('minutes.status'), t('reviews.openActions')]} rows={reviews.map((r) => ({
          key: r.id,
          cells: [
            <Link key="l" href={`/mappa/reviews/${r.id}`}>{`${r.offender.firstName} ${r.offender.lastName} (${r.offender.crn})`}</Link>,
            formatDate(r.offenceDate, 'day'),
            t(`enums.reviewStatus.${r.status}`),
            String(r._count.actions),
          ],
        }))} />
      )}
    </section>
  )
}
