import { addDays, addMinutes, addYears, subYears } from 'date-fns'
import { beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '../../../src/server/db'
import { assignVolunteer, generateRota } from '../../../src/server/cosa/rota'
import { dayNumber, londonInstant, weekdayOfDay } from '../../../src/server/cosa/rota-time'
import { todayInLondon } from '../../../src/lib/dates'
import type { Actor } from '../../../src/server/policy'
import { createOffender, createUser } from '../../factories'
import { actorOf } from '../../support/actor'
import { withTableHeld } from '../../support/hold-table'

// Two coordinators booking one volunteer into two circles' meetings at the same hour both succeeded: each held only
// its own meeting, so each checked the volunteer's bookings before the other's was written (issue 16, cosa17 item 4).
let coordinators: Actor[]
let providerId: string
let volunteerId: string
const circleIds: string[] = []
const startsAt = addDays(new Date(), 30)

const outcome = (s: PromiseSettledResult<unknown>) => (s.status === 'fulfilled' ? 'ok' : ((s.reason as { fieldErrors?: unknown }).fieldErrors ?? s.reason))

beforeAll(async () => {
  providerId = (await prisma.agency.create({ data: { code: `DBLBOOK-${Date.now()}`, name: 'Double booking provider', kind: 'THIRD_SECTOR' } })).id
  coordinators = [await actorOf(await createUser(prisma, { agencyId: providerId, roles: ['COSA_COORDINATOR'] })), await actorOf(await createUser(prisma, { agencyId: providerId, roles: ['COSA_COORDINATOR'] }))]
  volunteerId = (await prisma.cosaVolunteer.create({
    data: {
      agencyId: providerId, firstName: 'Gwen', lastName: 'Ddwywaith', email: `gwen-${Date.now()}@example.org`, dateOfBirth: new Date('1970-01-01'), homeArea: 'Bangor', stage: 'ACTIVE', referencesReceived: 2,
      dbsExpiresOn: addYears(new Date(), 2), trainingCompletedOn: subYears(new Date(), 1), maxCircles: 2,
    },
  })).id
  for (const coordinator of coordinators) {
    const person = await createOffender(prisma)
    const referral = await prisma.cosaReferral.create({ data: { offenderId: person.id, providerAgencyId: providerId, referredById: coordinator.userId, programme: 'COMMUNITY', eligibility: 'e', suitability: 's', consentToShare: true, status: 'ACCEPTED' } })
    const circle = await prisma.circle.create({ data: { providerAgencyId: providerId, coreMemberId: person.id, referralId: referral.id, coordinatorId: coordinator.userId, programme: 'COMMUNITY', status: 'ACTIVE', venue: 'Neuadd', weekday: 2, startTime: '19:00', startDate: new Date() } })
    await prisma.circleMember.create({ data: { circleId: circle.id, volunteerId, kind: 'REGULAR', joinedOn: new Date() } })
    circleIds.push(circle.id)
  }
})

describe('one volunteer booked into two circles’ meetings at the same hour at the same moment', () => {
  it('books them once; the other coordinator is told they are double booked', async () => {
    const meetingIds = await Promise.all(circleIds.map(async (circleId) => (await prisma.circleMeeting.create({ data: { circleId, startsAt, endsAt: addMinutes(startsAt, 90) } })).id))
    // Outside their availability (none given): each coordinator gives a reason, so only a hard rule can refuse.
    const said = (await withTableHeld('CircleAssignment', meetingIds.map((meetingId, n) => () => assignVolunteer(coordinators[n]!, { meetingId, volunteerId, overrideReason: 'Free that evening' })))).map(outcome)
    expect(said.filter((s) => s === 'ok')).toHaveLength(1)
    expect(said.filter((s) => s !== 'ok')).toEqual([{ volunteerId: ['rotaHardConflict', 'conflict_DOUBLE_BOOKED'] }])
    expect(await prisma.circleAssignment.count({ where: { volunteerId } })).toBe(1)
  })
})

describe('a rota generated while a coordinator books one of its volunteers into another circle at the same hour', () => {
  it('never leaves the volunteer on both meetings, whichever runs first', async () => {
    // Circle A meets on the weekday eight days ahead, from then; Gwen and Huw are its inner circle, free every day.
    const first = new Date(dayNumber(todayInLondon()) * 86_400_000 + 8 * 86_400_000).toISOString().slice(0, 10)
    const person = await createOffender(prisma)
    const referral = await prisma.cosaReferral.create({ data: { offenderId: person.id, providerAgencyId: providerId, referredById: coordinators[0]!.userId, programme: 'COMMUNITY', eligibility: 'e', suitability: 's', consentToShare: true, status: 'ACCEPTED' } })
    const day = new Date(`${first}T00:00:00Z`)
    const circleA = (await prisma.circle.create({ data: { providerAgencyId: providerId, coreMemberId: person.id, referralId: referral.id, coordinatorId: coordinators[0]!.userId, programme: 'COMMUNITY', status: 'ACTIVE', venue: 'Neuadd', weekday: weekdayOfDay(dayNumber(first)), startTime: '19:00', startDate: day, patternFrom: day, plannedEndDate: addDays(day, 300) } })).id
    const huw = (await prisma.cosaVolunteer.create({
      data: { agencyId: providerId, firstName: 'Huw', lastName: 'Ddwywaith', email: `huw-${Date.now()}@example.org`, dateOfBirth: new Date('1970-01-01'), homeArea: 'Bangor', stage: 'ACTIVE', referencesReceived: 2, dbsExpiresOn: addYears(new Date(), 2), trainingCompletedOn: subYears(new Date(), 1), maxCircles: 3 },
    })).id
    await prisma.cosaVolunteer.update({ where: { id: volunteerId }, data: { maxCircles: 3 } })
    for (const id of [volunteerId, huw]) {
      await prisma.cosaAvailability.createMany({ data: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ volunteerId: id, weekday, fromTime: '08:00', toTime: '22:30' })) })
      await prisma.circleMember.create({ data: { circleId: circleA, volunteerId: id, kind: 'REGULAR', joinedOn: new Date() } })
    }
    // The other circle's meeting at the very hour of A's first.
    const at = new Date(londonInstant(first, '19:00'))
    const other = (await prisma.circleMeeting.create({ data: { circleId: circleIds[1]!, startsAt: at, endsAt: addMinutes(at, 90) } })).id
    const said = (await withTableHeld('CircleAssignment', [
      () => generateRota(coordinators[0]!, { circleIds: [circleA], weeks: '2' }),
      () => assignVolunteer(coordinators[1]!, { meetingId: other, volunteerId }),
    ])).map(outcome)
    expect(said[0]).toBe('ok')
    const hers = await prisma.circleAssignment.findMany({ where: { volunteerId, meeting: { startsAt: at } }, select: { meetingId: true } })
    expect(hers).toHaveLength(1)
    // Whichever ran second saw the first: the proposal left her off A's meeting, or the booking was refused.
    if (said[1] === 'ok') expect(hers[0]!.meetingId).toBe(other)
    else expect(said[1]).toEqual({ volunteerId: ['rotaHardConflict', 'conflict_DOUBLE_BOOKED'] })
  })
})
