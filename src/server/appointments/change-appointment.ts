import 'server-only'
import { recordAudit } from '../audit/record-audit'
import { prisma } from '../db'
import { invalid } from '../errors'
import { authorize, type Actor } from '../policy'
import { ZCancelAppointment, ZRescheduleAppointment } from './appointment.schemas'
import { loadWritableAppointment, saveAppointment } from './load-appointment'

export async function rescheduleAppointment(actor: Actor, input: unknown) {
  authorize(actor, 'appointment.manage')
  const data = ZRescheduleAppointment.parse(input)
  return prisma.$transaction(async (tx) => {
    const appointment = await loadWritableAppointment(tx, actor, data.contactId, data.version)
    await saveAppointment(tx, appointment.id, data.version, { occurredAt: data.occurredAt, location: data.location ?? null })
    await recordAudit(tx, actor, {
      action: 'appointment.reschedule',
      subjectType: 'Contact',
      subjectId: appointment.id,
      offenderId: appointment.offenderId,
      detail: { from: appointment.occurredAt.toISOString(), to: data.occurredAt.toISOString() },
    })
    return { id: appointment.id, offenderId: appointment.offenderId }
  })
}

/** Cancelled appointments stay on the record with their reason; only future ones can be cancelled. */
export async function cancelAppointment(actor: Actor, input: unknown) {
  authorize(actor, 'appointment.manage')
  const data = ZCancelAppointment.parse(input)
  return prisma.$transaction(async (tx) => {
    const appointment = await loadWritableAppointment(tx, actor, data.contactId, data.version)
    if (appointment.occurredAt.getTime() <= Date.now()) throw invalid('_form', 'cannotCancelPast')
    await saveAppointment(tx, appointment.id, data.version, { cancelledAt: new Date(), cancelReason: data.cancelReason })
    await recordAudit(tx, actor, { action: 'appointment.cancel', subjectType: 'Contact', subjectId: appointment.id, offenderId: appointment.offenderId, reason: data.cancelReason })
    return { id: appointment.id, offenderId: appointment.offenderId }
  })
}
