import 'server-only'
import { parseAsDrawn } from '../as-drawn'
import { recordAudit } from '../audit/record-audit'
import { sameWording } from '../../lib/same-wording'
import { prisma } from '../db'
import { invalid } from '../errors'
import { authorize, type Actor } from '../policy'
import { needsLocation, ZCancelAppointment, ZRescheduleAppointment } from './appointment.schemas'
import { assertNoClashes } from './check-clashes'
import { appointmentAsDrawn, loadWritableAppointment, saveAppointment } from './load-appointment'

/**
 * Moves a future appointment (and optionally changes its minutes and location), running the same clash checks as
 * arranging: the same person at an overlapping time is refused; the staff member's clashes and bank holidays need
 * `confirm`. A type held at a place keeps needing a location. The time, minutes and place already booked are refused
 * (`rescheduleUnchanged`: walk 55 F5, "Appointment moved." when nothing moved), the place compared as wording, its case
 * and spacing aside (break 56 F3).
 */
export async function rescheduleAppointment(actor: Actor, input: unknown) {
  authorize(actor, 'appointment.manage')
  const data = await parseAsDrawn(ZRescheduleAppointment, input, appointmentAsDrawn(actor))
  return prisma.$transaction(async (tx) => {
    const appointment = await loadWritableAppointment(tx, actor, data.contactId, data.version)
    if (needsLocation(appointment.appointmentType) && !data.location) throw invalid('location', 'locationRequired')
    const durationMinutes = data.durationMinutes ?? appointment.durationMinutes ?? 60
    const unchanged = data.occurredAt.getTime() === appointment.occurredAt.getTime() && durationMinutes === (appointment.durationMinutes ?? 60) && sameWording(data.location, appointment.location)
    if (unchanged) throw invalid('occurredAt', 'rescheduleUnchanged')
    const staffId = appointment.staffId ?? appointment.authorId
    await assertNoClashes(tx, actor, { id: appointment.id, offenderId: appointment.offenderId, staffId, start: data.occurredAt, durationMinutes }, data.confirm)
    await saveAppointment(tx, appointment.id, data.version, { occurredAt: data.occurredAt, durationMinutes, location: data.location ?? null })
    await recordAudit(tx, actor, {
      action: 'appointment.reschedule',
      subjectType: 'Contact',
      subjectId: appointment.id,
      offenderId: appointment.offenderId,
      detail: { from: appointment.occurredAt.toISOString(), to: data.occurredAt.toISOString(), minutes: durationMinutes, confirmed: data.confirm },
    })
    return { id: appointment.id, offenderId: appointment.offenderId }
  })
}

/** Cancelled appointments stay on the record with their reason; only future ones can be cancelled. */
export async function cancelAppointment(actor: Actor, input: unknown) {
  authorize(actor, 'appointment.manage')
  const data = await parseAsDrawn(ZCancelAppointment, input, appointmentAsDrawn(actor))
  return prisma.$transaction(async (tx) => {
    const appointment = await loadWritableAppointment(tx, actor, data.contactId, data.version)
    if (appointment.occurredAt.getTime() <= Date.now()) throw invalid('_form', 'cannotCancelPast')
    await saveAppointment(tx, appointment.id, data.version, { cancelledAt: new Date(), cancelReason: data.cancelReason })
    await recordAudit(tx, actor, { action: 'appointment.cancel', subjectType: 'Contact', subjectId: appointment.id, offenderId: appointment.offenderId, reason: data.cancelReason })
    return { id: appointment.id, offenderId: appointment.offenderId }
  })
}
