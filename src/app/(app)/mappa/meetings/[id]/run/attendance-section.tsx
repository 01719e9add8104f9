import { localisedName, localisedOptions } from '@/lib/localised'
import { attendeeAccountOptions } from './attendee-options'
import { getLocale, getTranslations } from 'next-intl/server'
import { ActionForm } from '@/components/action-form'
import { SimpleTable } from '@/components/simple-table'
import { addAttendeeAction, markAttendanceAction, removeAttendeeAction } from '@/server/mappa/meeting-actions'
import type { getMeetingRoom } from '@/server/mappa/room'

type Room = Awaited<ReturnType<typeof getMeetingRoom>>

/**
 * Who is expected, who came and who sent apologies — marked in the room, by agency; read-only once approved (issue 16
 * item 1). A name listed under two agencies is noted on both rows, whose buttons then name the agency too (break 49).
 */
export async function AttendanceSection({ room }: { room: Room }) {
  const t = await getTranslations()
  const locale = await getLocale()
  const agencyName = (a: { name: string; nameCy: string | null }) => localisedName(a, locale)
  const common = { problemTitle: t('common.problem') }
  const hidden = { meetingId: room.id }
  // Before the meeting begins only the list is prepared: expected, or apologies sent ahead (run-meeting.ts).
  const editable = room.isOpen || room.canPrepare
  const statuses = (room.isOpen ? ['PRESENT', 'APOLOGIES', 'ABSENT', 'EXPECTED'] : ['EXPECTED', 'APOLOGIES']).map((s) => ({ value: s, label: t(`enums.attendanceStatus.${s}`) }))
  const people = attendeeAccountOptions(room.agencies, locale)
  // A name listed under two agencies: its buttons name the agency, so a screen reader can tell the rows apart (break 49).
  const who = (a: Room['attendance'][number]) => (room.namesakes.has(a.id) ? `${a.name} (${agencyName(a.agency)})` : a.name)
  return (
    <section aria-labelledby="attendance-heading" className="mb-10">
      <h2 id="attendance-heading" className="mb-3 text-2xl font-bold">{t('minutes.attendance')}</h2>
      {room.attendance.length === 0 ? (
        <p className="mb-4">{t('minutes.noAttendance')}</p>
      ) : (
        <SimpleTable
          labelledBy="attendance-heading"
          rowHeaders
          headers={[t('minutes.name'), t('minutes.agency'), t('minutes.status'), ...(editable ? [t('room.change')] : [])]}
          rows={room.attendance.map((a) => ({
            key: a.id,
            cells: [
              <>
                {`${a.name}${a.role ? ` (${a.role})` : ''}`}
                {room.namesakes.has(a.id) && <p className="mt-1 max-w-xs text-sm font-normal">{t('room.namesake', { agencies: room.namesakes.get(a.id)!.map(agencyName).join(', ') })}</p>}
              </>,
              agencyName(a.agency),
              t(`enums.attendanceStatus.${a.status}`),
              ...(editable ? [<div key="forms" className="flex flex-wrap items-end gap-3">
                <ActionForm {...common} action={markAttendanceAction} idPrefix={`mark-${a.id}`} hidden={{ ...hidden, attendanceId: a.id }} fields={[{ kind: 'select', name: 'status', label: t('room.markLabel', { name: who(a) }), options: statuses, defaultValue: a.status }]} submitLabel={t('room.mark')} successMessage={t('room.marked')} variant="secondary" />
                <ActionForm {...common} action={removeAttendeeAction} idPrefix={`remove-${a.id}`} hidden={{ ...hidden, attendanceId: a.id }} fields={[]} submitLabel={t('room.remove', { name: who(a) })} successMessage={t('room.removed')} variant="secondary" />
              </div>] : []),
            ],
          }))}
        />
      )}
      {room.canPrepare && <p className="mt-4 max-w-3xl">{t('mappaGaps.prepareAttendance')}</p>}
      {editable && <div className="mt-6 grid max-w-4xl gap-8 md:grid-cols-2">
        <div>
          <h3 className="mb-2 text-xl font-bold">{t('room.addAccount')}</h3>
          <ActionForm {...common} action={addAttendeeAction} idPrefix="attendee" hidden={{ ...hidden, form: 'account' }} fields={[
            { kind: 'select', name: 'userId', label: t('room.person'), hint: t('room.personHint'), options: people, placeholder: t('common.choose') },
            { kind: 'select', name: 'status', label: t('minutes.status'), options: statuses, defaultValue: 'EXPECTED' },
          ]} submitLabel={t('room.addAccountSubmit')} successMessage={t('room.added')} />
        </div>
        <div>
          <h3 className="mb-2 text-xl font-bold">{t('room.addNamed')}</h3>
          <ActionForm {...common} action={addAttendeeAction} idPrefix="walk-in" hidden={{ ...hidden, form: 'named' }} fields={[
            { kind: 'text', name: 'name', label: t('minutes.name') },
            { kind: 'select', name: 'agencyId', label: t('minutes.agency'), options: localisedOptions(room.agencies, locale), placeholder: t('common.choose') },
            { kind: 'text', name: 'role', label: t('minutes.role') },
            { kind: 'select', name: 'status', label: t('minutes.status'), options: statuses, defaultValue: room.isOpen ? 'PRESENT' : 'EXPECTED' },
          ]} submitLabel={t('room.addNamedSubmit')} successMessage={t('room.added')} />
        </div>
      </div>}
    </section>
  )
}
