import { randomUUID } from 'node:crypto'
import { getFormatter, getTranslations } from 'next-intl/server'
import { ActionForm } from '@/components/action-form'
import { dateToLondonLocal } from '@/lib/dates'
import { appointmentOutcomes } from '@/server/appointments/appointment.schemas'
import { arrangeAppointmentAction, cancelAppointmentAction, recordOutcomeAction, rescheduleAppointmentAction } from '@/server/appointments/actions'
import type { findAppointmentsFor } from '@/server/appointments/find-appointments'

type Appointments = NonNullable<Awaited<ReturnType<typeof findAppointmentsFor>>>

export async function AppointmentsSection({ offenderId, appointments }: { offenderId: string; appointments: Appointments }) {
  const t = await getTranslations()
  const format = await getFormatter()
  const when = (d: Date) => format.dateTime(d, { dateStyle: 'full', timeStyle: 'short' })
  const common = { problemTitle: t('common.problem') }
  return (
    <section aria-labelledby="appointments-heading" className="mt-10">
      <h2 id="appointments-heading" className="mb-4 text-2xl font-bold">{t('appointments.title')}</h2>
      <h3 className="mb-2 text-xl font-bold">{t('appointments.awaitingOutcome')}</h3>
      {appointments.awaitingOutcome.length === 0 && <p className="mb-4">{t('appointments.noneAwaiting')}</p>}
      <ul className="mb-6 space-y-6">
        {appointments.awaitingOutcome.map((a) => (
          <li key={`${a.id}-${a.version}`} className="border-l-4 border-error pl-3" aria-label={when(a.occurredAt)}>
            <p className="font-bold">{when(a.occurredAt)}{a.location && ` · ${a.location}`}</p>
            <ActionForm
              {...common}
              action={recordOutcomeAction}
              idPrefix={`outcome-${a.id}`}
              hidden={{ contactId: a.id, version: a.version }}
              submitLabel={t('appointments.recordOutcome')}
              successMessage={t('appointments.outcomeRecorded')}
              fields={[
                { kind: 'select', name: 'outcome', label: t('contact.outcome'), placeholder: t('common.choose'), options: appointmentOutcomes.map((o) => ({ value: o, label: t(`enums.outcome.${o}`) })) },
                { kind: 'text', name: 'absenceReason', label: t('appointments.absenceReason'), hint: t('appointments.absenceReasonHint') },
                { kind: 'textarea', name: 'notes', label: t('appointments.outcomeNotes') },
              ]}
            />
          </li>
        ))}
      </ul>
      <h3 className="mb-2 text-xl font-bold">{t('appointments.upcoming')}</h3>
      {appointments.upcoming.length === 0 && <p className="mb-4">{t('appointments.noneUpcoming')}</p>}
      <ul className="mb-6 space-y-6">
        {appointments.upcoming.map((a) => (
          <li key={`${a.id}-${a.version}`} className="border-l-4 border-brand pl-3" aria-label={when(a.occurredAt)}>
            <p className="font-bold">{when(a.occurredAt)}{a.location && ` · ${a.location}`}</p>
            <p className="mb-2">{a.notes}</p>
            <details className="mb-2">
              <summary className="cursor-pointer underline">{t('appointments.reschedule')}</summary>
              <ActionForm {...common} action={rescheduleAppointmentAction} idPrefix={`reschedule-${a.id}`} hidden={{ contactId: a.id, version: a.version }} submitLabel={t('appointments.reschedule')} successMessage={t('appointments.rescheduled')}
                fields={[{ kind: 'datetime', name: 'occurredAt', label: t('appointments.newTime'), defaultValue: dateToLondonLocal(a.occurredAt) }, { kind: 'text', name: 'location', label: t('appointments.location'), defaultValue: a.location ?? '' }]} />
            </details>
            <details>
              <summary className="cursor-pointer underline">{t('appointments.cancel')}</summary>
              <ActionForm {...common} action={cancelAppointmentAction} idPrefix={`cancel-${a.id}`} hidden={{ contactId: a.id, version: a.version }} submitLabel={t('appointments.cancel')} successMessage={t('appointments.cancelled')} variant="warning"
                fields={[{ kind: 'text', name: 'cancelReason', label: t('appointments.cancelReason') }]} />
            </details>
          </li>
        ))}
      </ul>
      <h3 className="mb-2 text-xl font-bold">{t('appointments.arrange')}</h3>
      <div className="max-w-xl">
        <ActionForm {...common} action={arrangeAppointmentAction} idPrefix="arrange" hidden={{ offenderId, idempotencyKey: randomUUID() }} submitLabel={t('appointments.arrange')} successMessage={t('appointments.arranged')}
          fields={[
            { kind: 'datetime', name: 'occurredAt', label: t('contact.occurredAt'), hint: t('appointments.futureHint') },
            { kind: 'text', name: 'location', label: t('appointments.location') },
            { kind: 'textarea', name: 'notes', label: t('appointments.purpose') },
          ]} />
      </div>
    </section>
  )
}
