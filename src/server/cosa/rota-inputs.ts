import 'server-only'
import type { Prisma } from '../../generated/prisma/client'
import type { Tx } from '../db'
import type { CircleMember } from './rota-propose'
import type { RotaAssignment, RotaMeeting, RotaVolunteer } from './rota-rules'
import { meetingStatuses } from './circle-dates'
import { barsFromMeeting } from './release-places'
import { keptOutOf } from './kept-out'

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null)
const vettedStages: string[] = ['ACTIVE', 'MATCHED']

/** What the rota rules read of a volunteer, with leave that has not ended before `from`. */
export const rotaVolunteerSelect = (from: Date) =>
  ({
    id: true,
    firstName: true,
    maxCircles: true,
    dbsExpiresOn: true,
    trainingCompletedOn: true,
    trainingExpiresOn: true,
    availability: { select: { weekday: true, fromTime: true, toTime: true } },
    leave: { where: { toDate: { gte: from } }, select: { fromDate: true, toDate: true } },
    nonAssociations: { select: { offenderId: true } },
    circles: { where: { leftOn: null }, select: { circleId: true } },
  }) satisfies Prisma.CosaVolunteerSelect

type VolunteerRow = Prisma.CosaVolunteerGetPayload<{ select: ReturnType<typeof rotaVolunteerSelect> }>

/** A volunteer row as the rota rules take it: London dates as ISO strings. */
export const toRotaVolunteer = (v: VolunteerRow): RotaVolunteer => ({
  id: v.id,
  firstName: v.firstName,
  maxCircles: v.maxCircles,
  dbsExpiresOn: day(v.dbsExpiresOn),
  trainingCompletedOn: day(v.trainingCompletedOn),
  trainingExpiresOn: day(v.trainingExpiresOn),
  circleIds: v.circles.map((c) => c.circleId),
  availability: v.availability.map((a) => ({ weekday: a.weekday, from: a.fromTime, to: a.toTime })),
  leave: v.leave.map((l) => ({ from: day(l.fromDate)!, to: day(l.toDate)! })),
  nonAssociations: v.nonAssociations.map((n) => n.offenderId),
})

/**
 * Everything the rota rules read for a provider over a window: every scheduled meeting of its circles (double
 * booking crosses circles), its volunteers with availability, leave and non-associations, current memberships and
 * the assignments already made. These are the bare queries the rota benchmark compares against.
 */
export async function loadRotaInputs(tx: Pick<Tx, 'circleMeeting' | 'cosaVolunteer' | 'circleMember' | 'circleAssignment' | 'accessRestriction'>, providerAgencyId: string, from: Date, to: Date) {
  const [meetingRows, volunteerRows, memberRows] = await Promise.all([
    tx.circleMeeting.findMany({
      where: { status: 'SCHEDULED', startsAt: { gte: from, lt: to }, circle: { providerAgencyId } },
      select: { id: true, circleId: true, startsAt: true, endsAt: true, circle: { select: { coreMemberId: true } }, assignments: { select: { id: true, volunteerId: true, response: true, createdAt: true } }, dropouts: { where: barsFromMeeting, select: { volunteerId: true, kind: true, recordedAt: true } } },
      orderBy: { startsAt: 'asc' },
    }),
    tx.cosaVolunteer.findMany({
      where: { agencyId: providerAgencyId },
      select: { ...rotaVolunteerSelect(from), stage: true, userId: true },
    }),
    // An ending circle still meets: its members are listed and offered as cover on its meetings too. A paused
    // volunteer stays in their circles but is neither placed nor offered while paused (f16c item 7).
    tx.circleMember.findMany({ where: { leftOn: null, volunteer: { stage: { notIn: ['PAUSED', 'LEFT'] } }, circle: { providerAgencyId, status: { in: [...meetingStatuses] } } }, select: { circleId: true, volunteerId: true, kind: true } }),
  ])
  // Volunteers whose Llwybr account may not see a core member (excluded, or a restriction list they are not on) are
  // never put on that person's meetings (sec19b, issue 17; break 28 D6): the pairs join `excluded`, which the proposal,
  // the cover and the choices all leave out. A place they already hold no longer counts (`assignments` below), so the
  // meeting shows short and `noLongerServing` names them as needing cover.
  const accessExcluded = await accountsKeptOut(tx, meetingRows, volunteerRows)
  const leftCircle = await leftTheirCircle(tx, meetingRows)
  const meetings: RotaMeeting[] = meetingRows.map((m) => ({ id: m.id, circleId: m.circleId, coreMemberId: m.circle.coreMemberId, startsAt: m.startsAt.toISOString(), endsAt: m.endsAt.toISOString() }))
  const volunteers: RotaVolunteer[] = volunteerRows.map(toRotaVolunteer)
  // Vetted volunteers may cover any circle of the provider; the rules still apply to each (issue 16 item 10).
  const pool = volunteerRows.filter((v) => vettedStages.includes(v.stage)).map((v) => v.id)
  // A volunteer who declined will not be there: the meeting counts as short of them and they are free to cover elsewhere.
  const keptOut = new Set(accessExcluded.map((a) => `${a.meetingId}:${a.volunteerId}`))
  const assignments: RotaAssignment[] = meetingRows.flatMap((m) => m.assignments.filter((a) => a.response !== 'DECLINED' && !keptOut.has(`${m.id}:${a.volunteerId}`)).map((a) => ({ meetingId: m.id, volunteerId: a.volunteerId })))
  // Whoever was taken off or declined a meeting is never proposed for it again (COSA break test item 2).
  const excluded: RotaAssignment[] = meetingRows.flatMap((m) => [
    ...m.dropouts.map((d) => ({ meetingId: m.id, volunteerId: d.volunteerId })),
    ...m.assignments.filter((a) => a.response === 'DECLINED').map((a) => ({ meetingId: m.id, volunteerId: a.volunteerId })),
  ]).concat(accessExcluded, leftCircle)
  const members: CircleMember[] = memberRows
  return { meetings, volunteers, assignments, members, meetingRows, pool, excluded, accessExcluded, leftCircle }
}

/**
 * Each meeting paired with every volunteer who left (or was taken out of) its circle and has not been added back:
 * they are barred from all its meetings, as a take-off or a decline bars them from one, so they are neither proposed,
 * offered as cover from the wider pool, listed as free, nor put back by hand (walk 23, D1 and D7 of issue 16). A new
 * membership row (added back) lifts the bar. Input: the meetings' rows. Output: [{ meetingId, volunteerId }].
 */
async function leftTheirCircle(tx: Pick<Tx, 'circleMember'>, meetingRows: { id: string; circleId: string }[]): Promise<RotaAssignment[]> {
  const circleIds = [...new Set(meetingRows.map((m) => m.circleId))]
  if (!circleIds.length) return []
  const rows = await tx.circleMember.findMany({ where: { circleId: { in: circleIds } }, select: { circleId: true, volunteerId: true, leftOn: true } })
  const serving = new Set(rows.filter((r) => r.leftOn === null).map((r) => `${r.circleId}:${r.volunteerId}`))
  const left = rows.filter((r) => r.leftOn !== null && !serving.has(`${r.circleId}:${r.volunteerId}`))
  return meetingRows.flatMap((m) => left.filter((r) => r.circleId === m.circleId).map((r) => ({ meetingId: m.id, volunteerId: r.volunteerId })))
}

/**
 * Each meeting paired with every volunteer whose Llwybr account may not see its core member (keptOutOf: on the
 * person's exclusion list, or not on their restriction list when there is one; laoVisible's rule, security.md AC-5;
 * break 28 D6 of issue 17). Such a volunteer no longer sees the circle on the portal, so they cannot serve in it. A
 * volunteer without an account reads nothing in Llwybr and is not kept out. Input: the meetings' rows and the
 * provider's volunteers. Output: [{ meetingId, volunteerId }]. The rota and the pattern summary's "already booked"
 * (circle-pattern.ts) both use it.
 */
export async function accountsKeptOut(tx: Pick<Tx, 'accessRestriction'>, meetingRows: { id: string; circle: { coreMemberId: string } }[], volunteers: { id: string; userId: string | null }[]): Promise<RotaAssignment[]> {
  const accounts = volunteers.filter((v) => v.userId !== null)
  if (!meetingRows.length || !accounts.length) return []
  const keptOut = await keptOutOf(tx, meetingRows.map((m) => m.circle.coreMemberId))
  return meetingRows.flatMap((m) => accounts.filter((v) => keptOut(m.circle.coreMemberId, v.userId)).map((v) => ({ meetingId: m.id, volunteerId: v.id })))
}
