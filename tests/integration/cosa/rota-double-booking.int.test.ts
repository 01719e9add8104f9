import { addDays, addMinutes, addYears, subYears } from 'date-fns'
import { beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '../../../src/server/db'
import { assignVolunteer } from '../../../src/server/cosa/rota'
import type { Actor } from '../../../src/server/policy'
import { createOffender, createUser } from '../../factories'
import { actorOf } from '../../support/actor'
import { withTableHeld } from '../../support/hold-table'

// Two coordinators booking one volunteer into two circles' meetings at the same hour both succeeded: each held only
// its own meeting, so each checked the volunteer's bookings before the other's was written (issue 16, cosa17 item 4).
let coordinators: Actor[]
let volunteerId: string
const circleIds: string[] = []
const startsAt = addDays(new Date(), 30)

const outcome = (s: PromiseSettledResult<unknown>) => (s.status === 'fulfilled' ? 'ok' : ((s.reason as { fieldErrors?: unknown }).fieldErrors ?? s.reason))

beforeAll(async () => {
  const providerId = (await prisma.agency.create({ data: { code: `DBLBOOK-${Date.now()}`, name: 'Double booking provider', kind: 'THIRD_SECTOR' } })).id
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
