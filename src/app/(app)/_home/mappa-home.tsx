import Link from 'next/link'
import { getTranslations } from 'next-intl/server'
import { getDateFormatter } from '@/i18n/date-formatter'
import { myMappaActions } from '@/server/mappa/action-tracker'
import { myMappaMeetings } from '@/server/mappa/room'
import type { Actor } from '@/server/policy'
import { MappaActionList } from '../mappa/_components/mappa-action-list'

/** For anyone who chairs, attends or owns MAPPA work: their meetings and the actions they owe. Nothing if neither. */
export async function MappaHome({ actor }: { actor: Actor }) {
  const [meetings, actions] = await Promise.all([myMappaMeetings(actor), myMappaActions(actor)])
  if (!meetings.length && !actions.length) return null
  const t = await getTranslations()
  const formatDate = await getDateFormatter()
  return (
    <>
      {meetings.length > 0 && (
        <section aria-labelledby="my-meetings" className="mb-10">
          <h2 id="my-meetings" className="mb-2 text-2xl font-bold">{t('actionsTracker.myMeetings')}</h2>
          <ul className="space-y-1">
            {meetings.map((m) => (
              <li key={m.id}>
                <Link href={`/mappa/meetings/${m.id}`}>{t('mappa.meetingHeading', { level: m.level, when: formatDate(m.startsAt, 'fullDateTime') })}</Link> — {t(`enums.meetingStage.${m.stage}`)}
              </li>
            ))}
          </ul>
        </section>
      )}
      {actions.length > 0 && (
        <section aria-labelledby="my-actions" className="mb-10">
          <h2 id="my-actions" className="mb-2 text-2xl font-bold">{t('actionsTracker.myActions')}</h2>
          <MappaActionList labelledBy="my-actions" rows={actions} />
        </section>
      )}
    </>
  )
}
