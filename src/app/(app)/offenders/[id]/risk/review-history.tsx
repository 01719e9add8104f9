import { getTranslations } from 'next-intl/server'
import { getDateFormatter } from '@/i18n/date-formatter'
import { SimpleTable } from '@/components/simple-table'

export type FlagReview = { id: string; reviewedAt: Date; reviewedById: string | null; notes: string | null; nextReviewDate: Date }

/** A registration's reviews, newest first, each its own row (issue 15 item 12). */
export async function ReviewHistory({ flagId, reviews, names }: { flagId: string; reviews: FlagReview[]; names: Record<string, string> }) {
  const t = await getTranslations('record.registration')
  const formatDate = await getDateFormatter()
  const day = (d: Date) => formatDate(d, 'day')
  if (reviews.length === 0) return <p className="mt-2 text-sm text-gray-700">{t('noReviews')}</p>
  return (
    <div className="mt-2" id={`reviews-${flagId}`}>
      <SimpleTable
        caption={t('history')}
        headers={[t('reviewedOn'), t('reviewedBy'), t('notes'), t('nextReview')]}
        rows={reviews.map((r) => ({
          key: r.id,
          cells: [
            formatDate(r.reviewedAt, 'date'),
            (r.reviewedById && names[r.reviewedById]) || t('unknownReviewer'),
            r.notes ? <span className="whitespace-pre-line">{r.notes}</span> : t('noNotes'),
            day(r.nextReviewDate),
          ],
        }))}
      />
    </div>
  )
}
