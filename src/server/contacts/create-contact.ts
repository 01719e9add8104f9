import 'server-only'
import { recordAudit } from '../audit/record-audit'
import { prisma } from '../db'
import { AppError, invalid } from '../errors'
import { assertWritableOffender } from '../offenders/assert-writable'
import { authorize, type Actor } from '../policy'
import { oneSubmitAtATime, sameContentSince } from '../submissions/same-content'
import { ZContactCreate } from './contact.schemas'

/**
 * Adds a timeline entry. Read-only access (a team colleague's case) is FORBIDDEN; no access is NOT_FOUND. The same
 * contact (type, time, outcome, notes and sensitivity) saved by the same author on the same person in the last 10 minutes, as from a second
 * tab with its own submission key, is refused: VALIDATION on `_form` (`contactAlreadySaved`, break 17 F5).
 */
export async function createContact(actor: Actor, input: unknown) {
  authorize(actor, 'contact.create')
  const data = ZContactCreate.parse(input)
  return prisma.$transaction(async (tx) => {
    // A repeated submission of the same form returns the contact it already created (security.md RL-2).
    const existing = await tx.contact.findUnique({ where: { idempotencyKey: data.idempotencyKey } })
    if (existing) {
      if (existing.authorId !== actor.userId) throw new AppError('CONFLICT')
      return { id: existing.id, offenderId: existing.offenderId }
    }
    await assertWritableOffender(tx, actor, data.offenderId)
    await oneSubmitAtATime(tx, 'contact', actor.userId, data.offenderId)
    const same = await tx.contact.findFirst({
      where: { offenderId: data.offenderId, authorId: actor.userId, type: data.type, occurredAt: data.occurredAt, notes: data.notes, outcome: data.outcome ?? null, isSensitive: data.isSensitive, createdAt: { gte: sameContentSince() } },
      select: { id: true },
    })
    if (same) throw invalid('_form', 'contactAlreadySaved')
    const contact = await tx.contact.create({
      data: { ...data, authorId: actor.userId, authorAgencyId: actor.agencyId },
      select: { id: true, offenderId: true },
    })
    await recordAudit(tx, actor, {
      action: 'contact.create',
      subjectType: 'Contact',
      subjectId: contact.id,
      offenderId: data.offenderId,
      detail: { type: data.type, outcome: data.outcome ?? null, isSensitive: data.isSensitive },
    })
    return contact
  })
}
