import 'server-only'
import { addDays, startOfMonth, subMonths } from 'date-fns'
import type { CircleStatus } from '../../generated/prisma/enums'
import { londonDay, londonToday } from '../../lib/dates'
import { prisma } from '../db'
import { authorize, type Actor } from '../policy'

/**
 * The coordinator's figures: circles by status, this week's meetings with their staffing, assignments still
 * waiting for a volunteer's answer, and volunteer hours per month (confirmed places at meetings held) for funders.
 */
export async function cosaDashboard(actor: Actor) {
  authorize(actor, 'cosa.manage')
  const provider = { circle: { providerAgencyId: actor.agencyId } }
  const today = londonToday()
  const weekEnd = addDays(today, 7)
  const since = startOfMonth(subMonths(today, 5))
  const [byStatus, week, unconfirmed, held] = await Promise.all([
    prisma.circle.groupBy({ by: ['status'], where: { providerAgencyId: actor.agencyId }, _count: { _all: true } }),
    prisma.circleMeeting.findMany({
      where: { ...provider, status: 'SCHEDULED', startsAt: { gte: today, lt: weekEnd } },
      orderBy: { startsAt: 'asc' },
      select: { id: true, startsAt: true, circle: { select: { coreMember: { select: { firstName: true, lastName: true, crn: true } } } }, assignments: { select: { response: true } } },
    }),
    prisma.circleAssignment.count({ where: { response: 'PENDING', meeting: { ...provider, status: 'SCHEDULED', startsAt: { gte: new Date() } } } }),
    prisma.circleAssignment.findMany({
      where: { response: 'CONFIRMED', meeting: { ...provider, status: 'SCHEDULED', startsAt: { gte: since }, endsAt: { lte: new Date() } } },
      select: { meeting: { select: { startsAt: true, endsAt: true } } },
    }),
  ])
  const hours = new Map<string, number>()
  for (const { meeting } of held) {
    // The London month the meeting was in, not UTC's: a late meeting on the last day counts in that month.
    const month = londonDay(meeting.startsAt).slice(0, 7)
    hours.set(month, (hours.get(month) ?? 0) + (meeting.endsAt.getTime() - meeting.startsAt.getTime()) / 3_600_000)
  }
  return {
    circles: Object.fromEntries(byStatus.map((g) => [g.status, g._count._all])) as Partial<Record<CircleStatus, number>>,
    week: week.map((m) => ({ id: m.id, startsAt: m.startsAt, coreMember: m.circle.coreMember, confirmed: m.assignments.filter((a) => a.response === 'CONFIRMED').length, pending: m.assignments.filter((a) => a.response === 'PENDING').length })),
    unconfirmed,
    hoursByMonth: [...hours].sort(([a], [b]) => a.localeCompare(b)).map(([month, h]) => ({ month, hours: Math.round(h * 10) / 10 })),
  }
}
