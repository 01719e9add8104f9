import 'server-only'
import type { Tx } from '../db'
import { AppError, notFound, staleRefusal } from '../errors'
import { offenderVisible, offenderWritable, type Actor } from '../policy'

/**
 * An appointment the actor may change: out of scope (or limited access) is NOT_FOUND, read-only access is
 * FORBIDDEN, and a save based on an old version is a CONFLICT (security.md RL-1).
 */
export async function loadWritableAppointment(tx: Tx, actor: Actor, contactId: string, version: number) {
  const appointment = await tx.contact.findFirst({
    where: { id: contactId, type: 'APPOINTMENT', offender: offenderVisible(actor) },
    select: { id: true, offenderId: true, occurredAt: true, outcome: true, cancelledAt: true, version: true, notes: true, appointmentType: true, durationMinutes: true, location: true, staffId: true, authorId: true },
  })
  if (!appointment) throw notFound()
  const writable = await tx.offender.count({ where: { AND: [{ id: appointment.offenderId }, offenderWritable(actor)] } })
  if (!writable) throw new AppError('FORBIDDEN')
  if (appointment.version !== version) throw new AppError('CONFLICT')
  if (appointment.cancelledAt || appointment.outcome) throw staleRefusal('appointmentClosed')
  return appointment
}

/** For parseAsDrawn: whether the appointment a form names is still open and at the version the form was drawn from. */
export const appointmentAsDrawn = (actor: Actor) => ({ id: 'contactId', check: (tx: Tx, contactId: string, version: number) => loadWritableAppointment(tx, actor, contactId, version) })

/** Updates only if nobody saved in between; the version check is repeated in the UPDATE itself. */
export async function saveAppointment(tx: Tx, id: string, version: number, data: Parameters<Tx['contact']['updateMany']>[0]['data']) {
  const { count } = await tx.contact.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } })
  if (count === 0) throw new AppError('CONFLICT')
}
