import 'server-only'
import { addDays } from 'date-fns'
import type { CircleStatus } from '../../generated/prisma/enums'
import { londonToday } from '../../lib/dates'
import { prisma } from '../db'
import { authorize, type Actor } from '../policy'
import { coreMemberLimited, coreMemberSelect, namedCoreMember } from './rota-core-members'
import { redactedMeeting } from './redacted-rows'
import { keptOutOf, placeCounts } from './kept-out'
import { volunteerTime } from './volunteer-hours'

/**
 * The coordinator's figures: circles by status, this week's meetings with their staffing, coming places still
 * waiting for a volunteer's answer (`unconfirmed`) and those whose volunteer may no longer see the core member
 * (`needsCover`: kept out by a Limited Access list, never counted as awaited; h17g item 3 of issue 17), and volunteer
 * hours per month for funders (volunteer-hours.ts).
 */
export async function cosaDashboard(actor: Actor) {
  authorize(actor, 'cosa.manage')
  const provider = { circle: { providerAgencyId: actor.agencyId } }
  const today = londonToday()
  const weekEnd = addDays(today, 7)
  const [byStatus, week, coming, time] = await Promise.all([
    prisma.circle.groupBy({ by: ['status'], where: { providerAgencyId: actor.agencyId }, _count: { _all: true } }),
    prisma.circleMeeting.findMany({
      where: { ...provider, status: 'SCHEDULED', startsAt: { gte: today, lt: weekEnd } },
      orderBy: { startsAt: 'asc' },
      select: { id: true, startsAt: true, circle: { select: { coreMemberId: true, coreMember: coreMemberSelect(actor) } }, assignments: { select: { response: true, volunteer: { select: { userId: true } } } } },
    }),
    prisma.circleAssignment.findMany({
      where: { response: { not: 'DECLINED' }, meeting: { ...provider, status: 'SCHEDULED', startsAt: { gte: new Date() } } },
      select: { response: true, volunteer: { select: { userId: true } }, meeting: { select: { circle: { select: { coreMemberId: true } } } } },
    }),
    volunteerTime(actor),
  ])
  // Issue 16 item 12: the hours the minutes, supervision and training records show, not places on the rota.
  // A place whose volunteer may no longer see the core member needs cover: it is never an answer awaited (h17g item 3).
  const keptOut = await keptOutOf(prisma, [...week.map((m) => m.circle.coreMemberId), ...coming.map((a) => a.meeting.circle.coreMemberId)])
  const places = placeCounts(coming.map((a) => ({ response: a.response, keptOut: keptOut(a.meeting.circle.coreMemberId, a.volunteer.userId) })))
  const hours = new Map<string, number>()
  for (const row of time) hours.set(row.month, (hours.get(row.month) ?? 0) + row.total)
  return {
    circles: Object.fromEntries(byStatus.map((g) => [g.status, g._count._all])) as Partial<Record<CircleStatus, number>>,
    // A meeting of a circle whose core member the coordinator may not see: when and how staffed, no id (ADR 0023).
    week: week.map((m) => {
      const staffing = { startsAt: m.startsAt, ...placeCounts(m.assignments.map((a) => ({ response: a.response, keptOut: keptOut(m.circle.coreMemberId, a.volunteer.userId) }))) }
      return coreMemberLimited(actor, m.circle.coreMember) ? redactedMeeting(staffing) : { ...staffing, id: m.id, restricted: false as const, coreMember: namedCoreMember(actor, m.circle.coreMember) }
    }),
    unconfirmed: places.pending,
    needsCover: places.needsCover,
    hoursByMonth: [...hours].sort(([a], [b]) => a.localeCompare(b)).map(([month, minutes]) => ({ month, minutes })),
  }
}
