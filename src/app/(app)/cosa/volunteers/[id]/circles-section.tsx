import Link from 'next/link'
import { getTranslations } from 'next-intl/server'
import { getDateFormatter } from '@/i18n/date-formatter'
import { SimpleTable } from '@/components/simple-table'
import type { getVolunteer } from '@/server/cosa/volunteers'
import { coreMemberNamer } from '../../core-member-namer'
import { leftWhy } from '../../left-why'

type Props = { v: Pick<Awaited<ReturnType<typeof getVolunteer>>, 'circles' | 'maxCircles'> }

/**
 * The circles a volunteer serves in, against their circle limit, then those they served in, with when and why they
 * left (walk 20, D15: their page did not list their circles, so their two-circle limit could not be seen from it).
 */
export async function VolunteerCirclesSection({ v }: Props) {
  const t = await getTranslations()
  const formatDate = await getDateFormatter()
  const name = await coreMemberNamer()
  const day = (d: Date) => formatDate(d, 'day')
  const serving = v.circles.filter((c) => c.leftOn === null).length
  return (
    <section aria-labelledby="volunteer-circles-heading" className="mb-10">
      <h2 id="volunteer-circles-heading" className="mb-3 text-2xl font-bold">{t('cosaStaffing.volunteerCircles.heading')}</h2>
      <p className="mb-3">{t('cosaStaffing.volunteerCircles.load', { serving, limit: v.maxCircles })}</p>
      {v.circles.length > 0 && (
        <SimpleTable labelledBy="volunteer-circles-heading" rowHeaders headers={[t('cosaStaffing.volunteerCircles.circleFor'), t('circle.kind'), t('circle.joined'), t('cosaGaps.history.left'), t('cosaStaffing.history.reason')]} rows={v.circles.map((c, n) => ({
          // A circle whose core member the viewer may not see: no circle or place id, no link, keyed by its place (ADR 0023).
          key: c.restricted ? `restricted-${n}` : c.id,
          cells: [c.restricted ? t('cosaLast.restrictedCircle') : <Link key="c" href={`/cosa/circles/${c.circleId}`}>{name(c.coreMember)}</Link>, t(`enums.circleMemberKind.${c.kind}`), day(c.joinedOn),
            c.leftOn ? day(c.leftOn) : t('cosaStaffing.volunteerCircles.servingNow'), c.leftOn ? leftWhy(t, c.restricted ? { leftBecause: c.leftBecause, leftReason: null } : c) : ''],
        }))} />
      )}
    </section>
  )
}
