import 'server-only'
import { recordAudit } from '../audit/record-audit'
import { prisma } from '../db'
import { AppError } from '../errors'
import { assertWritableOffender } from '../offenders/assert-writable'
import { authorize, type Actor } from '../policy'
import { ZArrangeAppointment } from './appointment.schemas'

/** Books a future appointment on the person's timeline; a double submission books it once (RL-2). */
export async function arrangeAppointment(actor: Actor, input: unknown) {
  authorize(actor, 'appointment.manage')
  const data = ZArrangeAppointment.parse(input)
  return prisma.$transaction(async (tx) => {
    const existing = await tx.contact.findUnique({ where: { idempotencyKey: data.idempotencyKey }, select: { id: true, offenderId: true, authorId: true } })
    if (existing) {
      if (existing.authorId !== actor.userId) throw new AppError('CONFLICT')
      return { id: existing.id, offenderId: existing.offenderId }
    }
    await assertWritableOffender(tx, actor, data.offenderId)
    const appointment = await tx.contact.create({
      data: { ...data, type: 'APPOINTMENT', authorId: actor.userId, authorAgencyId: actor.agencyId },
      select: { id: true, offenderId: true },
    })
    await recordAudit(tx, actor, {
      action: 'appointment.arrange',
      subjectType: 'Contact',
      subjectId: appointment.id,
      offenderId: data.offenderId,
      detail: { at: data.occurredAt.toISOString(), location: data.location ?? null },
    })
    return appointment
  })
}
