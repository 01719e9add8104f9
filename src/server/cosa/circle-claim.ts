import 'server-only'
import type { Tx } from '../db'
import { AppError, notFound } from '../errors'
import { circleWorkable, type Actor } from '../policy'
import { lockRow } from '../row-lock'
import { refuseUnlessCircle, type TCircleStatus } from './circle-status'

/**
 * A circle of the coordinator's provider, its row held for the rest of the transaction: every write to a circle's
 * members, meetings, reviews, questionnaire, outer circle, pattern or status goes through here, so its status check
 * and its write run one after the other with a close or an ending, never beside it (break test of issue 16, D1: a
 * volunteer added in the same instant as "close" stayed a member of the closed circle).
 */
export async function circleOf(tx: Tx, actor: Actor, circleId: string) {
  await lockRow(tx, 'Circle', circleId)
  const circle = await tx.circle.findFirst({ where: { id: circleId, ...circleWorkable(actor) } })
  if (!circle) throw notFound()
  return circle
}

/**
 * Holds the circle (circleOf), refuses the step unless its status is in `allowed` (refuseUnlessCircle, with `own`
 * keys), then claims its version. Input: the transaction, the actor, the circle id, the version the form was drawn
 * at, the statuses the step allows. Output: the circle row as it was. Errors: NOT_FOUND, VALIDATION (status), CONFLICT.
 */
export async function claimCircle(tx: Tx, actor: Actor, circleId: string, version: number, allowed: readonly TCircleStatus[], own: Partial<Record<TCircleStatus, string>> = {}) {
  const circle = await circleOf(tx, actor, circleId)
  // The status before the version: a form left open while a colleague closed the circle is told it is closed, not
  // to reload and retry (break test of issue 16, D6).
  refuseUnlessCircle(circle.status, allowed, own)
  const { count } = await tx.circle.updateMany({ where: { id: circleId, version }, data: { version: { increment: 1 } } })
  if (!count) throw new AppError('CONFLICT')
  return circle
}

/**
 * claimCircle as a change's form was drawn, shared by parseAsDrawn's check and the change itself so the two cannot
 * drift. Input: the actor, the statuses the change is for, and the refusal message of each other status it names.
 * Output: `{ id: 'circleId', check(tx, circleId, version) }`; check's errors are claimCircle's.
 */
export const circleAsDrawn = (actor: Actor, allowed: readonly TCircleStatus[], own: Partial<Record<TCircleStatus, string>> = {}) => ({
  id: 'circleId',
  check: (tx: Tx, circleId: string, version: number) => claimCircle(tx, actor, circleId, version, allowed, own),
})
