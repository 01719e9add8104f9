import { coreMemberNamer } from '@/app/(app)/cosa/core-member-namer'
import Link from 'next/link'
import { getTranslations } from 'next-intl/server'
import { SimpleTable } from '@/components/simple-table'
import { circleStageKey } from '@/server/cosa/circle-dates'
import { listCircles } from '@/server/cosa/circles'
import type { Actor } from '@/server/policy'

/** The provider's circles: core member, programme, status (a withdrawn one with why: walk 23, D6) and how many volunteers it has. */
export async function CirclesSection({ actor }: { actor: Actor }) {
  const circles = await listCircles(actor)
  const t = await getTranslations()
  const named = await coreMemberNamer()
  return (
    <section aria-labelledby="circles-heading" className="mb-10">
      <h2 id="circles-heading" className="mb-3 text-2xl font-bold">{t('circle.list')}</h2>
      {circles.length === 0 ? <p>{t('circle.none')}</p> : (
        <SimpleTable labelledBy="circles-heading" rowHeaders headers={[t('circle.coreMember'), t('cosaReferral.programme'), t('cosa.stage'), t('circle.volunteers')]} rows={circles.map((c, n) => (c.restricted ? {
          // A circle whose core member the viewer may not see: no id, no link, keyed by its place (ADR 0023).
          key: `restricted-${n}`,
          cells: [t('cosaLast.restrictedCircle'), t(`enums.cosaProgramme.${c.programme}`), t(circleStageKey(c)), String(c.memberCount)],
        } : {
          key: c.id,
          cells: [<Link key="l" href={`/cosa/circles/${c.id}`}>{named(c.coreMember)}</Link>, t(`enums.cosaProgramme.${c.programme}`), c.withdrawnReason ? t('circleLife.withdrawnBecause', { reason: c.withdrawnReason }) : t(circleStageKey(c)), String(c._count.members)],
        }))} />
      )}
    </section>
  )
}
