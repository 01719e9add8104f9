import { getTranslations } from 'next-intl/server'
import { getDateFormatter } from '@/i18n/date-formatter'
import { ActionForm } from '@/components/action-form'
import { recordMeetingCloseAction } from '@/server/mappa/meeting-actions'
import type { getMeetingRoom } from '@/server/mappa/room'

type Room = Awaited<ReturnType<typeof getMeetingRoom>>

/** Who took the minutes and when the meeting ended (issue 16 item 3): a form while open, read-only once approved. */
export async function CloseSection({ room }: { room: Room }) {
  const [t, formatDate] = await Promise.all([getTranslations(), getDateFormatter()])
  const ended = room.endedAt ? formatDate(room.endedAt, 'time') : ''
  return (
    <section aria-labelledby="close-heading" className="mb-10 max-w-3xl">
      <h2 id="close-heading" className="mb-3 text-2xl font-bold">{t('mappaChair.close.heading')}</h2>
      {room.canRecord ? (
        <ActionForm
          problemTitle={t('common.problem')}
          action={recordMeetingCloseAction}
          idPrefix="close"
          hidden={{ meetingId: room.id }}
          fields={[
            { kind: 'text', name: 'minuteTaker', label: t('mappaChair.close.minuteTaker'), defaultValue: room.minuteTaker ?? '' },
            { kind: 'text', name: 'endTime', label: t('mappaChair.close.endTime'), hint: t('mappaChair.close.endTimeHint'), defaultValue: ended },
          ]}
          submitLabel={t('mappaChair.close.submit')}
          successMessage={t('mappaChair.close.done')}
        />
      ) : (
        <dl className="grid sm:grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
          <dt className="font-bold">{t('mappaChair.minutes.minuteTaker')}</dt>
          <dd>{room.minuteTaker ?? t('minutes.notRecorded')}</dd>
          <dt className="font-bold">{t('mappaChair.minutes.ended')}</dt>
          <dd>{ended || t('minutes.notRecorded')}</dd>
        </dl>
      )}
    </section>
  )
}
