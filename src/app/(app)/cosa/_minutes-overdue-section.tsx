import { coreMemberNamer } from '@/app/(app)/cosa/core-member-namer'
import Link from 'next/link'
import { getTranslations } from 'next-intl/server'
import { getDateFormatter } from '@/i18n/date-formatter'
import { overdueMinutes } from '@/server/cosa/minutes'
import type { Actor } from '@/server/policy'

/** Meetings whose minutes are more than 48 hours late, for the coordinator to chase. */
export async function MinutesOverdueSection({ actor }: { actor: Actor }) {
  const overdue = await overdueMinutes(actor)
  const t = await getTranslations()
  const formatDate = await getDateFormatter()
  const named = await coreMemberNamer()
  const when = (d: Date) => formatDate(d, 'dateTime')
  return (
    <section aria-labelledby="minutes-overdue" className="mb-10">
      <h2 id="minutes-overdue" className="mb-3 text-2xl font-bold">{t('circleMinutes.overdueHeading', { count: overdue.length })}</h2>
      {overdue.length === 0 ? <p>{t('circleMinutes.noneOverdue')}</p> : (
        <ul className="space-y-2">
          {overdue.map((m, n) => (
            // A circle the viewer may not see: no id, no link, keyed by its place (ADR 0023).
            <li key={m.restricted ? `restricted-${n}` : m.id}>
              {m.restricted ? t('cosaLast.restrictedCircle') : <Link href={`/cosa/circles/${m.circleId}`}>{named(m.coreMember)}</Link>}
              {' — '}<span className="font-bold text-error">{t('circleMinutes.overdueSince', { meeting: when(m.startsAt), due: when(m.dueAt) })}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
