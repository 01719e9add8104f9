import 'server-only'
import type { EnforcementStatus } from '../../generated/prisma/enums'
import type { Tx } from '../db'
import { AppError, notFound, staleRefusal } from '../errors'
import { assertWritableOffender } from '../offenders/assert-writable'
import { offenderVisible, type Actor } from '../policy'

/** An enforcement record the actor may act on, in one of the expected states, at the version they saw. */
export async function loadEnforcement(tx: Tx, actor: Actor, id: string, version: number, states: EnforcementStatus[]) {
  const action = await tx.enforcementAction.findFirst({
    where: { id, offender: offenderVisible(actor) },
    select: { id: true, offenderId: true, status: true, kind: true, reason: true, decidedById: true, version: true, failureContact: { select: { occurredAt: true } } },
  })
  if (!action) throw notFound()
  await assertWritableOffender(tx, actor, action.offenderId)
  if (action.version !== version) throw new AppError('CONFLICT')
  if (!states.includes(action.status)) throw staleRefusal('enforcementState')
  const { failureContact, ...rest } = action
  return { ...rest, failureAt: failureContact.occurredAt }
}

/** For parseAsDrawn: whether the enforcement record a form names is still in `states` and at the version the form was drawn from. */
export const enforcementAsDrawn = (actor: Actor, states: EnforcementStatus[]) => ({ id: 'enforcementId', check: (tx: Tx, id: string, version: number) => loadEnforcement(tx, actor, id, version, states) })

export async function saveEnforcement(tx: Tx, id: string, version: number, data: Parameters<Tx['enforcementAction']['updateMany']>[0]['data']) {
  const { count } = await tx.enforcementAction.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } })
  if (count === 0) throw new AppError('CONFLICT')
}

/** The decision goes on the person's timeline as an enforcement contact, written by whoever made it final. */
export async function recordEnforcementContact(tx: Tx, actor: Actor, offenderId: string, kind: 'WARNING' | 'BREACH' | 'RECALL', notes: string) {
  await tx.contact.create({ data: { offenderId, type: 'CASE_NOTE', outcome: kind, notes, occurredAt: new Date(), authorId: actor.userId, authorAgencyId: actor.agencyId } })
}
