import Link from 'next/link'
import { getTranslations } from 'next-intl/server'
import { getDateFormatter } from '@/i18n/date-formatter'
import type { Actor } from '@/server/policy'
import { supervisionsDue } from '@/server/cosa/supervision'

/** For the coordinator's dashboard: volunteers in service whose supervision is overdue or who have never had one. */
export async function SupervisionDueSection({ actor }: { actor: Actor }) {
  const due = await supervisionsDue(actor)
  const t = await getTranslations()
  const formatDate = await getDateFormatter()
  const day = (d: Date) => formatDate(d, 'day')
  return (
    <section aria-labelledby="supervision-due-heading" className="mb-10">
      <h2 id="supervision-due-heading" className="mb-3 text-2xl font-bold">{t('supervision.dueHeading')}</h2>
      {due.length === 0 ? <p>{t('supervision.dueNone')}</p> : (
        <ul className="space-y-1">
          {due.map((v) => (
            <li key={v.id}>
              <Link href={`/cosa/volunteers/${v.id}`}>{`${v.firstName} ${v.lastName}`}</Link>
              {' — '}
              <strong className="text-error">{v.nextDueOn ? t('supervision.overdueSince', { date: day(v.nextDueOn) }) : t('supervision.never')}</strong>
              {v.lastHeldOn && ` (${t('supervision.lastHeld', { date: day(v.lastHeldOn) })})`}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
