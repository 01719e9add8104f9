import 'server-only'
import { recordAudit } from '../audit/record-audit'
import { prisma } from '../db'
import { AppError } from '../errors'
import { assertWritableOffender } from '../offenders/assert-writable'
import { authorize, type Actor } from '../policy'
import { ZArrangeAppointment } from './appointment.schemas'
import { assertNoClashes, lockDiaries } from './check-clashes'
import { resolveStaff } from './resolve-staff'

/**
 * Books a future appointment on the person's timeline; a double submission books it once (RL-2). The staff member
 * defaults to the actor and is checked by resolveStaff; the clash checks (check-clashes.ts) refuse the same person
 * at an overlapping time and need `confirm` for a clash in the staff member's diary or a bank holiday.
 */
export async function arrangeAppointment(actor: Actor, input: unknown) {
  authorize(actor, 'appointment.manage')
  const data = ZArrangeAppointment.parse(input)
  return prisma.$transaction(async (tx) => {
    await assertWritableOffender(tx, actor, data.offenderId)
    const { confirm, ...fields } = data
    const staffId = await resolveStaff(tx, actor, data.staffId, data.offenderId)
    // The key is looked up only once the diaries are held: a second, identical submit racing the first then finds
    // the booking it repeats (and is told it exists), not a clash with itself.
    await lockDiaries(tx, staffId, data.offenderId)
    const existing = await tx.contact.findUnique({ where: { idempotencyKey: data.idempotencyKey }, select: { id: true, offenderId: true, authorId: true } })
    if (existing) {
      if (existing.authorId !== actor.userId) throw new AppError('CONFLICT')
      return { id: existing.id, offenderId: existing.offenderId }
    }
    await assertNoClashes(tx, actor, { offenderId: data.offenderId, staffId, start: data.occurredAt, durationMinutes: data.durationMinutes }, confirm)
    const appointment = await tx.contact.create({
      data: { ...fields, staffId, type: 'APPOINTMENT', authorId: actor.userId, authorAgencyId: actor.agencyId },
      select: { id: true, offenderId: true },
    })
    await recordAudit(tx, actor, {
      action: 'appointment.arrange',
      subjectType: 'Contact',
      subjectId: appointment.id,
      offenderId: data.offenderId,
      detail: { at: data.occurredAt.toISOString(), location: data.location ?? null, type: data.appointmentType, minutes: data.durationMinutes, staffId, confirmed: confirm },
    })
    return appointment
  })
}
