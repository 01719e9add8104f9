import 'server-only'
import type { Prisma } from '../../generated/prisma/client'
import type { Tx } from '../db'
import type { Actor } from '../policy'

/** Why a volunteer's places were released: paused, left the scheme, taken out of the circle. */
export type TReleaseKind = 'PAUSED' | 'LEFT_SCHEME' | 'LEFT_CIRCLE'

/**
 * The drop-outs that keep a volunteer off that meeting for good: taken off by hand, or declined (issue 16 item 10).
 * A place released by a pause, leaving or removal does not: once back in the circle and active, they may be put on
 * it again (the confirmation says places are not given back by themselves). A Prisma where-fragment.
 */
export const barsFromMeeting: Prisma.CircleMeetingDropoutWhereInput = { kind: { in: ['REMOVED', 'DECLINED'] } }

const comingPlaces = (volunteerId: string, circleId?: string) => ({ volunteerId, meeting: { status: 'SCHEDULED' as const, startsAt: { gt: new Date() }, ...(circleId ? { circleId } : {}) } })

/**
 * The meetings still to come a volunteer has a place on, of one circle or of all, in time order: what pausing them,
 * their leaving or their removal would release, listed in the confirmation first (break test of issue 16, D2).
 * Output: [{ meetingId, startsAt, circleId }] (the circle, so a confirmation can say whose circle each meeting is: walk 23, D4).
 */
export async function placesToCome(tx: Pick<Tx, 'circleAssignment'>, volunteerId: string, circleId?: string): Promise<{ meetingId: string; startsAt: Date; circleId: string }[]> {
  const rows = await tx.circleAssignment.findMany({ where: comingPlaces(volunteerId, circleId), select: { meetingId: true, meeting: { select: { startsAt: true, circleId: true } } }, orderBy: { meeting: { startsAt: 'asc' } } })
  return rows.map((r) => ({ meetingId: r.meetingId, startsAt: r.meeting.startsAt, circleId: r.meeting.circleId }))
}

/**
 * Releases the places a volunteer holds on meetings still to come (as read by placesToCome after the volunteer's row
 * is held, so a booking in the same instant committed before is among them and one after sees they left: break test
 * 25, D1) and records each on its meeting as a drop-out with why ("paused", "left the scheme", "no longer in this
 * circle") and the coordinator's words, as taking them off by hand does, so the meeting says who was booked and where
 * cover is needed (break test of issue 16, D2, D3). Meetings held keep who was there. Input: the transaction, the
 * actor, { volunteerId, places (from placesToCome), kind, reason } (reason up to 500 characters; empty when none was
 * given). Output: how many places were released.
 */
export async function releasePlaces(tx: Pick<Tx, 'circleAssignment' | 'circleMeetingDropout'>, actor: Actor, p: { volunteerId: string; places: { meetingId: string }[]; kind: TReleaseKind; reason: string | null }): Promise<number> {
  if (!p.places.length) return 0
  await tx.circleAssignment.deleteMany({ where: { volunteerId: p.volunteerId, meetingId: { in: p.places.map((m) => m.meetingId) } } })
  await tx.circleMeetingDropout.createMany({ data: p.places.map((m) => ({ meetingId: m.meetingId, volunteerId: p.volunteerId, kind: p.kind, reason: (p.reason ?? '').slice(0, 500), recordedById: actor.userId })) })
  return p.places.length
}
