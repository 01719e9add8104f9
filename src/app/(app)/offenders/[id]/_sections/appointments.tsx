import { randomUUID } from 'node:crypto'
import { getTranslations } from 'next-intl/server'
import { getDateFormatter } from '@/i18n/date-formatter'
import { lineStart } from '@/lib/format-dates'
import { ActionForm } from '@/components/action-form'
import { dateToLondonLocal } from '@/lib/dates'
import { appointmentOutcomes, appointmentTypes } from '@/server/appointments/appointment.schemas'
import { arrangeAppointmentAction, cancelAppointmentAction, recordOutcomeAction, rescheduleAppointmentAction } from '@/server/appointments/actions'
import type { findAppointmentsFor } from '@/server/appointments/find-appointments'

type Appointments = NonNullable<Awaited<ReturnType<typeof findAppointmentsFor>>>

// `canChange`: whether the viewer may change this record (its offender manager, their seniors). A team-mate's case and a
// break-glass opening are read-only: the forms the server would refuse are not shown (walk 17).
type Props = { offenderId: string; appointments: Appointments; canChange: boolean; decisionsWaiting?: number; noActiveSentence?: boolean }

export async function AppointmentsSection({ offenderId, appointments, canChange, decisionsWaiting = 0, noActiveSentence = false }: Props) {
  const t = await getTranslations()
  const formatDate = await getDateFormatter()
  const when = (d: Date) => lineStart(formatDate(d, 'fullDateTime')) // each appointment's line starts with it
  const common = { problemTitle: t('common.problem') }
  const confirm = { title: t('diary.form.warningsTitle'), label: t('diary.form.confirm'), hint: t('diary.form.confirmHint') }
  const kind = (a: { appointmentType: string | null; durationMinutes: number | null; staff: { name: string } | null }) =>
    ` · ${t(`diary.type.${a.appointmentType ?? 'OFFICE'}`)} · ${t('diary.minutes', { minutes: a.durationMinutes ?? 60 })}${a.staff ? ` · ${t('diary.withStaff', { name: a.staff.name })}` : ''}`
  return (
    <section aria-labelledby="appointments-heading" className="mt-10">
      <h2 id="appointments-heading" className="mb-4 text-2xl font-bold">{t('appointments.title')}</h2>
      {/* A failure to attend leaves this list for the enforcement section: say so where the officer recorded it. */}
      {decisionsWaiting > 0 && (
        <p role="note" className="mb-4 border-l-4 border-error bg-red-50 p-3 font-bold">
          {t('appointments.decisionWaiting', { count: decisionsWaiting })} {canChange && <a href="#enforcement-heading" className="underline">{t('appointments.decideNow')}</a>}
        </p>
      )}
      <h3 className="mb-2 text-xl font-bold">{t(canChange ? 'appointments.awaitingOutcome' : 'appointments.awaitingOutcomeReadOnly')}</h3>
      {appointments.awaitingOutcome.length === 0 && <p className="mb-4">{t('appointments.noneAwaiting')}</p>}
      <ul className="mb-6 space-y-6">
        {appointments.awaitingOutcome.map((a) => (
          <li key={a.id} className="border-l-4 border-error pl-3" aria-label={when(a.occurredAt)}>
            <p className="font-bold">{when(a.occurredAt)}{kind(a)}{a.location && ` · ${a.location}`}</p>
            {canChange && <ActionForm
              {...common}
              action={recordOutcomeAction}
              idPrefix={`outcome-${a.id}`}
              hidden={{ contactId: a.id, version: a.version }}
              submitLabel={t('appointments.recordOutcome')}
              successMessage={t('appointments.outcomeRecorded')}
              disclosure={t('record.form.recordOutcome')}
              fields={[
                { kind: 'select', name: 'outcome', label: t('contact.outcome'), placeholder: t('common.choose'), options: appointmentOutcomes.map((o) => ({ value: o, label: t(`enums.outcome.${o}`) })) },
                { kind: 'text', name: 'absenceReason', label: t('appointments.absenceReason'), hint: t('appointments.absenceReasonHint') },
                { kind: 'textarea', name: 'notes', label: t('appointments.outcomeNotes') },
              ]}
            />}
          </li>
        ))}
      </ul>
      <h3 className="mb-2 text-xl font-bold">{t('appointments.upcoming')}</h3>
      {/* Ending an order leaves its appointments in place (the officer may still see the person): prompt a review. */}
      {noActiveSentence && appointments.upcoming.length > 0 && (
        <p role="note" className="mb-4 border-l-4 border-brand bg-gray-100 p-3">{t('appointments.afterOrderEnded', { count: appointments.upcoming.length })}</p>
      )}
      {appointments.upcoming.length === 0 && <p className="mb-4">{t('appointments.noneUpcoming')}</p>}
      <ul className="mb-6 space-y-6">
        {appointments.upcoming.map((a) => (
          <li key={a.id} className="border-l-4 border-brand pl-3" aria-label={when(a.occurredAt)}>
            <p className="font-bold">{when(a.occurredAt)}{kind(a)}{a.location && ` · ${a.location}`}</p>
            <p className="mb-2">{a.notes}</p>
            {canChange && <>
              <ActionForm {...common} action={rescheduleAppointmentAction} idPrefix={`reschedule-${a.id}`} hidden={{ contactId: a.id, version: a.version }} submitLabel={t('appointments.reschedule')} successMessage={t('appointments.rescheduled')} confirm={{ ...confirm, label: t('appointments.confirmMove'), hint: t('appointments.confirmMoveHint') }}
                disclosure={{ summary: t('appointments.reschedule'), look: 'link' }}
                fields={[
                  { kind: 'datetime', name: 'occurredAt', label: t('appointments.newTime'), defaultValue: dateToLondonLocal(a.occurredAt) },
                  { kind: 'number', name: 'durationMinutes', label: t('diary.form.duration'), hint: t('diary.form.durationHint'), defaultValue: String(a.durationMinutes ?? 60) },
                  { kind: 'text', name: 'location', label: t('appointments.location'), hint: t('diary.form.locationHint'), defaultValue: a.location ?? '' },
                ]} />
              <ActionForm {...common} action={cancelAppointmentAction} idPrefix={`cancel-${a.id}`} hidden={{ contactId: a.id, version: a.version }} submitLabel={t('appointments.cancel')} successMessage={t('appointments.cancelled')} variant="warning"
                disclosure={{ summary: t('appointments.cancel'), look: 'link' }} fields={[{ kind: 'text', name: 'cancelReason', label: t('appointments.cancelReason') }]} />
            </>}
          </li>
        ))}
      </ul>
      {canChange && <>
      <h3 className="mb-2 text-xl font-bold">{t('appointments.arrange')}</h3>
      <div className="max-w-xl">
        <ActionForm {...common} action={arrangeAppointmentAction} idPrefix="arrange" hidden={{ offenderId, idempotencyKey: randomUUID() }} submitLabel={t('appointments.arrange')} successMessage={t('appointments.arranged')} confirm={confirm} disclosure={t('record.form.arrange')}
          fields={[
            { kind: 'datetime', name: 'occurredAt', label: t('contact.occurredAt'), hint: t('appointments.futureHint') },
            { kind: 'select', name: 'appointmentType', label: t('diary.form.type'), defaultValue: 'OFFICE', options: appointmentTypes.map((v) => ({ value: v, label: t(`diary.type.${v}`) })) },
            { kind: 'number', name: 'durationMinutes', label: t('diary.form.duration'), hint: t('diary.form.durationHint'), defaultValue: '60' },
            { kind: 'text', name: 'location', label: t('appointments.location'), hint: t('diary.form.locationHint') },
            { kind: 'select', name: 'staffId', label: t('diary.form.staff'), hint: t('diary.form.staffHint'), defaultValue: appointments.me, options: appointments.staff.map((s) => ({ value: s.id, label: s.name })) },
            { kind: 'textarea', name: 'notes', label: t('appointments.purpose') },
          ]} />
      </div>
      </>}
    </section>
  )
}
