import { getTranslations } from 'next-intl/server'
import { getDateFormatter } from '@/i18n/date-formatter'
import { ActionForm } from '@/components/action-form'
import { cancelCircleMeetingAction } from '@/server/cosa/circle-life-actions'
import type { circleRecord } from '@/server/cosa/circle-record'
import { MinutesList } from '../../_minutes-list'

/** Meetings held and not yet written up (overdue after 48 hours), then the volunteers' minutes. */
export async function CircleMinutesSection({ record }: { record: Awaited<ReturnType<typeof circleRecord>> }) {
  const t = await getTranslations()
  const formatDate = await getDateFormatter()
  const when = (d: Date) => formatDate(d, 'dateTime')
  return (
    <section aria-labelledby="minutes-heading" className="mb-10">
      <h2 id="minutes-heading" className="mb-3 text-2xl font-bold">{t('circleMinutes.heading')}</h2>
      {record.notWrittenUp.length > 0 && (
        <>
          <h3 className="mb-2 text-xl font-bold">{t('circleMinutes.waiting')}</h3>
          <ul className="mb-6 max-w-2xl space-y-4">
            {record.notWrittenUp.map((m) => (
              <li key={m.id} className="border-l-4 border-error pl-3">
                <p className={m.overdue ? 'font-bold text-error' : 'font-bold'}>{t(m.overdue ? 'circleMinutes.overdueSince' : 'circleMinutes.dueBy', { meeting: when(m.startsAt), due: when(m.dueAt) })}</p>
                <ActionForm problemTitle={t('common.problem')} action={cancelCircleMeetingAction} idPrefix={`notheld-${m.id}`} hidden={{ meetingId: m.id }} fields={[{ kind: 'text', name: 'reason', label: t('circleMinutes.notHeldReason') }]} submitLabel={t('circleMinutes.notHeld')} successMessage={t('cosa.saved')} variant="secondary" />
              </li>
            ))}
          </ul>
        </>
      )}
      <MinutesList minutes={record.minutes} />
    </section>
  )
}
