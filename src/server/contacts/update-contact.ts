import 'server-only'
import { recordAudit } from '../audit/record-audit'
import { parseAsDrawn } from '../as-drawn'
import { prisma, type Tx } from '../db'
import { AppError, changedShowingSaved, invalid, notFound } from '../errors'
import { isFlowContact } from '../enforcement/enforcement-rules'
import { authorize, can, offenderWritable, type Actor } from '../policy'
import { ZContactUpdate } from './contact.schemas'

/**
 * A free contact the actor wrote, in their write scope, as the edit form drew it: the current notes and version
 * when it was changed since (CONFLICT with `details.current`, so the form can show both). Only reads, so the check of
 * a refused form (parseAsDrawn) and the edit share it (walk 61 F1: without the script, a stale edit with a wrong answer
 * was drawn again at the new version, and its corrected save overwrote the other change unseen).
 * Errors: NOT_FOUND, FORBIDDEN (another's contact), VALIDATION `contactFromFlow`, CONFLICT.
 */
async function editableContact(tx: Tx, actor: Actor, contactId: string, version: number) {
  const contact = await tx.contact.findFirst({
    where: {
      id: contactId,
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
  if (contact.version !== version) throw changedMeanwhile(contact)
  return contact
}

const changedMeanwhile = (contact: { notes: string; version: number; updatedAt: Date }) =>
  changedShowingSaved({ notes: contact.notes, version: contact.version, updatedAt: contact.updatedAt.toISOString() })

/**
 * Edits the notes of a free contact the actor wrote (not an appointment or an enforcement entry). Optimistic concurrency (security.md RL-1): a save based on
 * an old version is refused with CONFLICT and the current text, so the form can show both, even when its answers are
 * wrong too (parseAsDrawn).
 */
export async function updateContact(actor: Actor, input: unknown) {
  authorize(actor, 'contact.update')
  const data = await parseAsDrawn(ZContactUpdate, input, { id: 'contactId', check: (tx, id, version) => editableContact(tx, actor, id, version) })
  return prisma.$transaction(async (tx) => {
    const contact = await editableContact(tx, actor, data.contactId, data.version)
    const { count } = await tx.contact.updateMany({
      where: { id: contact.id, version: data.version },
      data: { notes: data.notes, isSensitive: data.isSensitive, version: { increment: 1 } },
    })
    if (count === 0) throw changedMeanwhile(contact)
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
