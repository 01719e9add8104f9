import 'server-only'
import { dateOnly, londonMidnight } from '../../lib/dates'
import type { Tx } from '../db'

/**
 * When a circle begins its ending from `endingFrom` (a London date at UTC midnight), cancels, inside the caller's
 * transaction, its meetings on a later London day that are still to come and have no minutes (cosa16 item 1): the
 * circle does not meet after the day its ending starts, so volunteers are not left rostered for meetings that will
 * not happen. Meetings up to and including that day stay, as do any already held or written up (records). The
 * caller audits the count. Returning the circle to running does not bring them back: the rota is generated again.
 * Output: how many meetings were cancelled.
 */
export async function cancelMeetingsAfterEnding(tx: Pick<Tx, 'circleMeeting'>, circleId: string, endingFrom: Date): Promise<number> {
  // endingFrom is never before today (beginCircleEnding), so the day after it is always still to come.
  const after = londonMidnight(dateOnly(endingFrom), 1)
  const { count } = await tx.circleMeeting.updateMany({
    where: { circleId, status: 'SCHEDULED', minutes: { is: null }, startsAt: { gte: after } },
    data: { status: 'CANCELLED', cancelledReason: null },
  })
  return count
}
