import 'server-only'
import { parseAsDrawn } from '../as-drawn'
import { recordAudit } from '../audit/record-audit'
import { prisma, type Tx } from '../db'
import { AppError, invalid, notFound } from '../errors'
import { assertWritableOffender } from '../offenders/assert-writable'
import { authorize, offenderVisible, type Actor } from '../policy'
import { oneOpenAtATime } from '../one-open'
import { ZAddRegistration, ZDeregister, ZReviewRegistration } from './risk.schemas'

/**
 * Registers a risk flag. One active registration of a type per person, held by a partial unique index so
 * simultaneous submits cannot each slip past the count. Errors: VALIDATION type `alreadyRegistered`.
 */
export async function addRegistration(actor: Actor, input: unknown) {
  authorize(actor, 'risk.update')
  const data = ZAddRegistration.parse(input)
  const registered = () => invalid('type', 'alreadyRegistered')
  return oneOpenAtATime(['RiskFlag_one_active_per_type', 'type'], registered, () => prisma.$transaction(async (tx) => {
    await assertWritableOffender(tx, actor, data.offenderId)
    if (await tx.riskFlag.count({ where: { offenderId: data.offenderId, type: data.type, deregisteredAt: null } })) throw registered()
    const flag = await tx.riskFlag.create({ data: { ...data, registeredAt: new Date(), registeredById: actor.userId }, select: { id: true } })
    await recordAudit(tx, actor, { action: 'registration.add', subjectType: 'RiskFlag', subjectId: flag.id, offenderId: data.offenderId, detail: { type: data.type } })
    return { id: flag.id, offenderId: data.offenderId }
  }))
}

/**
 * An active registration the actor may change, at the version they saw. One ended since the form was drawn is a
 * CONFLICT (the record changed: walk 57 F1 said "does not exist"), not NOT_FOUND.
 */
async function loadFlag(tx: Tx, actor: Actor, flagId: string, version: number) {
  const flag = await tx.riskFlag.findFirst({ where: { id: flagId, offender: offenderVisible(actor) }, select: { id: true, offenderId: true, type: true, version: true, deregisteredAt: true } })
  if (!flag) throw notFound()
  await assertWritableOffender(tx, actor, flag.offenderId)
  if (flag.deregisteredAt) throw new AppError('CONFLICT')
  const { count } = await tx.riskFlag.updateMany({ where: { id: flagId, version }, data: { version: { increment: 1 } } })
  if (count === 0) throw new AppError('CONFLICT')
  return flag
}

// For parseAsDrawn: whether the registration a form names is still active and at the version the form was drawn from.
const flagAsDrawn = (actor: Actor) => ({ id: 'flagId', check: (tx: Tx, flagId: string, version: number) => loadFlag(tx, actor, flagId, version) })

/**
 * Records a review of an active registration (at the version the reviewer saw): a dated review row with the
 * reviewer, their notes and the next review date. Errors: NOT_FOUND out of scope, CONFLICT on a stale version.
 */
export async function reviewRegistration(actor: Actor, input: unknown) {
  authorize(actor, 'risk.update')
  const data = await parseAsDrawn(ZReviewRegistration, input, flagAsDrawn(actor))
  return prisma.$transaction(async (tx) => {
    const flag = await loadFlag(tx, actor, data.flagId, data.version)
    // The review is its own row; the registration keeps its notes and takes only the next review date (issue 15 item 12).
    const review = await tx.riskFlagReview.create({ data: { flagId: flag.id, reviewedById: actor.userId, notes: data.notes ?? null, nextReviewDate: data.nextReviewDate }, select: { id: true } })
    await tx.riskFlag.update({ where: { id: flag.id }, data: { nextReviewDate: data.nextReviewDate } })
    await recordAudit(tx, actor, { action: 'registration.review', subjectType: 'RiskFlag', subjectId: flag.id, offenderId: flag.offenderId, detail: { type: flag.type, reviewId: review.id, nextReviewDate: data.nextReviewDate.toISOString().slice(0, 10) } })
    return { id: flag.id, offenderId: flag.offenderId }
  })
}

/** Ends a registration; the row stays as history. */
export async function deregister(actor: Actor, input: unknown) {
  authorize(actor, 'risk.update')
  const data = await parseAsDrawn(ZDeregister, input, flagAsDrawn(actor))
  return prisma.$transaction(async (tx) => {
    const flag = await loadFlag(tx, actor, data.flagId, data.version)
    await tx.riskFlag.update({ where: { id: flag.id }, data: { deregisteredAt: new Date(), deregisterReason: data.reason } })
    await recordAudit(tx, actor, { action: 'registration.end', subjectType: 'RiskFlag', subjectId: flag.id, offenderId: flag.offenderId, reason: data.reason, detail: { type: flag.type } })
    return { id: flag.id, offenderId: flag.offenderId }
  })
}
