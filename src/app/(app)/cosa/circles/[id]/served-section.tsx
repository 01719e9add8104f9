import Link from 'next/link'
import { getTranslations } from 'next-intl/server'
import { getDateFormatter } from '@/i18n/date-formatter'
import { SimpleTable } from '@/components/simple-table'
import { leftWhy } from '../../left-why'

type Served = { id: string; kind: 'REGULAR' | 'COVER'; joinedOn: Date; leftOn: Date | null; leftReason: string | null; leftBecause: 'REMOVED' | 'CIRCLE_WITHDRAWN' | 'CIRCLE_CLOSED' | 'VOLUNTEER_LEFT' | null; volunteer: { id: string; firstName: string; lastName: string } }

/**
 * A closed circle's inner circle as history: who served, as regular or cover, from when to when (issue 16 gap 3;
 * closing releases every member, so "the inner circle now" is empty and said "No volunteers yet."); on a circle still
 * open, under `heading`, those who have left, with why they were taken out (walk-through D9 of issue 16).
 */
export async function ServedSection({ served, heading }: { served: Served[]; heading?: string }) {
  const t = await getTranslations()
  const formatDate = await getDateFormatter()
  const day = (d: Date | null) => (d ? formatDate(d, 'day') : t('cosa.none'))
  return (
    <section aria-labelledby="served-heading" className="mb-10">
      <h2 id="served-heading" className="mb-3 text-2xl font-bold">{heading ?? t('cosaGaps.history.heading')}</h2>
      {served.length === 0 ? <p className="mb-4">{t('cosaGaps.history.none')}</p> : (
        <SimpleTable labelledBy="served-heading" rowHeaders headers={[t('cosa.volunteer'), t('circle.kind'), t('cosaGaps.history.servedFrom'), t('cosaGaps.history.left'), t('cosaStaffing.history.reason')]} rows={served.map((m) => ({
          key: m.id,
          cells: [<Link key="v" href={`/cosa/volunteers/${m.volunteer.id}`}>{`${m.volunteer.firstName} ${m.volunteer.lastName}`}</Link>, t(`enums.circleMemberKind.${m.kind}`), day(m.joinedOn), day(m.leftOn), leftWhy(t, m)],
        }))} />
      )}
    </section>
  )
}
