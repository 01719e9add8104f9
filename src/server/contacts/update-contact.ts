import 'server-only'
import { recordAudit } from '../audit/record-audit'
import { prisma } from '../db'
import { AppError, invalid, notFound } from '../errors'
import { isFlowContact } from '../enforcement/enforcement-rules'
import { authorize, can, offenderWritable, type Actor } from '../policy'
import { ZContactUpdate } from './contact.schemas'

/**
 * Edits the notes of a free contact the actor wrote (not an appointment or an enforcement entry). Optimistic concurrency (security.md RL-1): a save based on
 * an old version is refused with CONFLICT and the current text, so the form can show both.
 */
export async function updateContact(actor: Actor, input: unknown) {
  authorize(actor, 'contact.update')
  const data = ZContactUpdate.parse(input)
  return prisma.$transaction(async (tx) => {
    const contact = await tx.contact.findFirst({
      where: {
        id: data.contactId,
        // The write scope, as for adding one: a break-glass opening reads, it never writes (walk 53 F3).
        offender: offenderWritable(actor),
        ...(can(actor, 'contact.readSensitive') ? {} : { isSensitive: false }),
      },
      select: { id: true, offenderId: true, authorId: true, type: true, outcome: true, notes: true, version: true, author: { select: { name: true } }, updatedAt: true },
    })
    if (!contact) throw notFound()
    if (contact.authorId !== actor.userId) throw new AppError('FORBIDDEN')
    // Appointments and enforcement entries change only through their own flow (issue 13).
    if (isFlowContact(contact)) throw invalid('_form', 'contactFromFlow')
    const { count } = await tx.contact.updateMany({
      where: { id: contact.id, version: data.version },
      data: { notes: data.notes, isSensitive: data.isSensitive, version: { increment: 1 } },
    })
    if (count === 0) {
      throw new AppError('CONFLICT', 'CONFLICT', undefined, {
        current: { notes: contact.notes, version: contact.version, updatedAt: contact.updatedAt.toISOString() },
      })
    }
    await recordAudit(tx, actor, {
      action: 'contact.update',
      subjectType: 'Contact',
      subjectId: contact.id,
      offenderId: contact.offenderId,
      detail: { fromVersion: data.version },
    })
    return { id: contact.id, offenderId: contact.offenderId, version: data.version + 1 }
  })
}
