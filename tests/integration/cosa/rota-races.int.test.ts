import { addDays, addMinutes, addYears, subYears } from 'date-fns'
import { beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '../../../src/server/db'
import { respondToAssignment } from '../../../src/server/cosa/portal'
import { assignVolunteer, unassignVolunteer } from '../../../src/server/cosa/rota'
import type { Actor } from '../../../src/server/policy'
import { createOffender, createUser } from '../../factories'
import { actorOf } from '../../support/actor'

// COSA break test of issue 16 items 1-2: simultaneous rota writes each passed the same check (four declines, four
// dropouts; four assigns, three "Something went wrong"). Each now holds the meeting row, so they run in turn.
let coordinator: Actor
let circleId: string
const v: Record<string, string> = {}
const volunteers: Record<string, Actor> = {}
const today = new Date()
let day = 20
/** What each of the settled promises said: 'ok', or its field errors. */
const outcomes = (ps: Promise<unknown>[]) => Promise.all(ps.map((p) => p.then(() => 'ok', (e: { fieldErrors?: unknown; code?: string }) => e.fieldErrors ?? e.code ?? e)))
const meeting = async (names: string[]) => {
  const id = (await prisma.circleMeeting.create({ data: { circleId, startsAt: addDays(today, day++), endsAt: addMinutes(addDays(today, day), 90) } })).id
  for (const n of names) await prisma.circleAssignment.create({ data: { meetingId: id, volunteerId: v[n]!, assignedById: coordinator.userId } })
  return id
}
const assignmentOf = (meetingId: string, name: string) => prisma.circleAssignment.findFirstOrThrow({ where: { meetingId, volunteerId: v[name]! } })

beforeAll(async () => {
  const providerId = (await prisma.agency.create({ data: { code: `ROTARACE-${Date.now()}`, name: 'Rota races provider', kind: 'THIRD_SECTOR' } })).id
  coordinator = await actorOf(await createUser(prisma, { agencyId: providerId, roles: ['COSA_COORDINATOR'] }))
  const person = await createOffender(prisma)
  const referral = await prisma.cosaReferral.create({ data: { offenderId: person.id, providerAgencyId: providerId, referredById: coordinator.userId, programme: 'COMMUNITY', eligibility: 'e', suitability: 's', consentToShare: true, status: 'ACCEPTED' } })
  circleId = (await prisma.circle.create({
    data: { providerAgencyId: providerId, coreMemberId: person.id, referralId: referral.id, coordinatorId: coordinator.userId, programme: 'COMMUNITY', status: 'ACTIVE', venue: 'Neuadd', weekday: 2, startTime: '19:00', startDate: today },
  })).id
  for (const name of ['Aled', 'Bethan']) {
    const user = await createUser(prisma, { agencyId: providerId, roles: ['COSA_VOLUNTEER'] })
    v[name] = (await prisma.cosaVolunteer.create({
      data: {
        agencyId: providerId, userId: user.id, firstName: name, lastName: 'Rotarace', email: `${name}-race-${Date.now()}@example.org`, dateOfBirth: new Date('1970-01-01'), homeArea: 'Bangor', stage: 'ACTIVE', referencesReceived: 2,
        dbsExpiresOn: addYears(today, 2), trainingCompletedOn: subYears(today, 1), maxCircles: 2,
        availability: { create: [2].map((weekday) => ({ weekday, fromTime: '18:00', toTime: '21:30' })) },
      },
    })).id
    volunteers[name] = await actorOf(user)
    await prisma.circleMember.create({ data: { circleId, volunteerId: v[name]!, kind: 'REGULAR', joinedOn: today } })
  }
})

describe('simultaneous responses to one assignment (item 1)', () => {
  it('records exactly one of four simultaneous declines; the others are told it is already declined', async () => {
    const id = await meeting(['Aled'])
    const { id: assignmentId } = await assignmentOf(id, 'Aled')
    const said = await outcomes([1, 2, 3, 4].map(() => respondToAssignment(volunteers.Aled!, { assignmentId, response: 'DECLINED', reason: 'Away' })))
    expect(said.filter((s) => s === 'ok')).toHaveLength(1)
    expect(said.filter((s) => s !== 'ok')).toEqual([1, 2, 3].map(() => ({ response: ['alreadyDeclined'] })))
    expect(await prisma.circleMeetingDropout.count({ where: { meetingId: id } })).toBe(1)
  })

  it('saves one of four simultaneous confirmations', async () => {
    const id = await meeting(['Aled'])
    const { id: assignmentId } = await assignmentOf(id, 'Aled')
    const said = await outcomes([1, 2, 3, 4].map(() => respondToAssignment(volunteers.Aled!, { assignmentId, response: 'CONFIRMED' })))
    expect(said.filter((s) => s === 'ok')).toHaveLength(1)
    expect(said.filter((s) => s !== 'ok')).toEqual([1, 2, 3].map(() => ({ response: ['sameResponse'] })))
  })

  it('counts a volunteer out once when they decline as the coordinator takes them off', async () => {
    const id = await meeting(['Bethan'])
    const { id: assignmentId } = await assignmentOf(id, 'Bethan')
    const said = await outcomes([
      respondToAssignment(volunteers.Bethan!, { assignmentId, response: 'DECLINED', reason: 'Ill' }),
      unassignVolunteer(coordinator, { meetingId: id, assignmentId, reason: 'Not coming' }),
    ])
    expect(said.filter((s) => s === 'ok')).toHaveLength(1)
    expect(said.filter((s) => s !== 'ok')).toEqual([expect.objectContaining({ _form: [expect.stringMatching(/^already(Declined|TakenOff)$/)] })])
    expect(await prisma.circleMeetingDropout.count({ where: { meetingId: id } })).toBe(1)
  })
})

describe('simultaneous assigns of one volunteer (item 2)', () => {
  it('saves one of four and tells the others it is already recorded, with no unexpected error', async () => {
    const id = await meeting([])
    const said = await outcomes([1, 2, 3, 4].map(() => assignVolunteer(coordinator, { meetingId: id, volunteerId: v.Aled, overrideReason: 'Free that day' })))
    expect(said.filter((s) => s === 'ok')).toHaveLength(1)
    expect(said.filter((s) => s !== 'ok')).toEqual([1, 2, 3].map(() => ({ volunteerId: ['alreadyRecorded'] })))
    expect(await prisma.circleAssignment.count({ where: { meetingId: id } })).toBe(1)
  })
})
