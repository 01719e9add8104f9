import 'server-only'
import { dateOnly, londonMidnight } from '../../lib/dates'
import type { Tx } from '../db'
import { keptOutOf, placeCounts } from './kept-out'

/**
 * When a circle begins its ending from `endingFrom` (a London date at UTC midnight), cancels, inside the caller's
 * transaction, its meetings on a later London day that are still to come and have no minutes (cosa16 item 1): the
 * circle does not meet after the day its ending starts, so volunteers are not left rostered for meetings that will
 * not happen. Meetings up to and including that day stay, as do any already held or written up (records). The
 * caller audits the count. Returning the circle to running does not bring them back: the rota is generated again.
 * Output: how many meetings were cancelled.
 */
export async function cancelMeetingsAfterEnding(tx: Pick<Tx, 'circleMeeting'>, circleId: string, endingFrom: Date): Promise<number> {
  const { count } = await tx.circleMeeting.updateMany({ where: afterEnding(circleId, endingFrom), data: { status: 'CANCELLED', cancelledReason: null } })
  return count
}

/** The meetings cancelMeetingsAfterEnding would cancel. endingFrom is never before today, so the day after it is to come. */
const afterEnding = (circleId: string, endingFrom: Date) => ({ circleId, status: 'SCHEDULED' as const, minutes: { is: null }, startsAt: { gte: londonMidnight(dateOnly(endingFrom), 1) } })

/**
 * What beginning the ending from `endingFrom` would cancel, for the coordinator to confirm first (fix16a item 3).
 * Output: `{ meetings, confirmations, unconfirmed }` — meetings after that day, volunteers' confirmed places on them,
 * and the places still waiting for an answer ("Please confirm"), cancelled with them too (walk 25 O6). A place whose
 * volunteer may no longer see the core member is neither (placeCounts; h17g item 3 of issue 17).
 */
export async function endingWouldCancel(tx: Pick<Tx, 'circleMeeting' | 'circleAssignment' | 'accessRestriction'>, circleId: string, endingFrom: Date): Promise<{ meetings: number; confirmations: number; unconfirmed: number }> {
  const where = afterEnding(circleId, endingFrom)
  const places = await tx.circleAssignment.findMany({ where: { response: { in: ['CONFIRMED', 'PENDING'] }, meeting: where }, select: { response: true, volunteer: { select: { userId: true } }, meeting: { select: { circle: { select: { coreMemberId: true } } } } } })
  const keptOut = await keptOutOf(tx, places.map((p) => p.meeting.circle.coreMemberId))
  const counts = placeCounts(places.map((p) => ({ response: p.response, keptOut: keptOut(p.meeting.circle.coreMemberId, p.volunteer.userId) })))
  return { meetings: await tx.circleMeeting.count({ where }), confirmations: counts.confirmed, unconfirmed: counts.pending }
}
