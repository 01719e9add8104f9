import { randomUUID } from 'node:crypto'
import { addDays, addMinutes, addYears, subYears } from 'date-fns'
import { beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '../../../src/server/db'
import { calendarFeed } from '../../../src/server/cosa/calendar'
import { myCirclesOverview } from '../../../src/server/cosa/circle-record'
import { myCircles, raiseConcern } from '../../../src/server/cosa/concerns'
import { meetingsToWriteUp, submitMinutes } from '../../../src/server/cosa/minutes'
import { myCircleMeetings, myRestrictedCircles, respondToAssignment } from '../../../src/server/cosa/portal'
import { assignVolunteer } from '../../../src/server/cosa/rota'
import { getRota, getRotaMeeting } from '../../../src/server/cosa/rota-views'
import { addCircleMember, getCircle } from '../../../src/server/cosa/circles'
import type { Actor } from '../../../src/server/policy'
import { addAccessEntry, removeAccessEntry } from '../../../src/server/limited-access/change-access-list'
import { createUser } from '../../factories'
import { buildWorld } from '../../support/world'
import { circleWithVolunteer } from './volunteer-circle'

// Break 28 D6 (issue 17): a senior puts a COSA volunteer on the core member's exclusion list (or the person gets a
// restriction list the volunteer is not on). The volunteer's portal, calendar feed and every volunteer step must then
// know nothing of that circle, and answer its ids exactly as random ones; the coordinator's rota shows their places
// as needing cover. Red on the old code: the portal listed the circle and every step succeeded.

type World = Awaited<ReturnType<typeof circleWithVolunteer>>

const rejection = (p: Promise<unknown>) => p.then(() => 'resolved', (e: { code?: string; fieldErrors?: unknown }) => ({ code: e.code, fieldErrors: e.fieldErrors }))

/** Everything the volunteer's portal and calendar give them, as one text to search. */
async function portalText(volunteer: Actor, token: string) {
  const parts = await Promise.all([myCircleMeetings(volunteer), meetingsToWriteUp(volunteer), myCircles(volunteer), myCirclesOverview(volunteer), calendarFeed(token)])
  return JSON.stringify(parts)
}

async function exclude(w: World, kind: 'EXCLUSION' | 'RESTRICTION') {
  // A restriction list names others (here the coordinator), not the volunteer.
  const userId = kind === 'EXCLUSION' ? w.alun.userId : w.coordinator.userId
  await prisma.accessRestriction.create({ data: { offenderId: w.person.id, kind, userId, reason: 'Lives next door to the family' } })
}

describe.each(['EXCLUSION', 'RESTRICTION'] as const)('a volunteer kept from the core member by a %s', (kind) => {
  let w: World
  beforeAll(async () => {
    w = await circleWithVolunteer(kind.slice(0, 4))
    // The fixture is sound: before the list, the portal shows the circle.
    const before = await portalText(w.alun.actor, w.token)
    for (const s of [w.circle.id, w.held.id, w.place.id, w.circle.venue!, w.person.firstName, w.confirmedComing.id]) expect(before).toContain(s)
    await exclude(w, kind)
  })

  it('sees nothing of the circle on the portal or in the calendar feed', async () => {
    const after = await portalText(w.alun.actor, w.token)
    for (const secret of w.secrets) expect(after).not.toContain(secret)
  })

  it('is told a circle of theirs is restricted, with no name or id', async () => {
    expect(await myRestrictedCircles(w.alun.actor)).toBe(1)
    expect(await myRestrictedCircles(w.bethan.actor)).toBe(kind === 'EXCLUSION' ? 0 : 1)
  })

  it('answers every volunteer step naming the circle exactly as a random id, and writes nothing', async () => {
    const random = randomUUID()
    const respond = (assignmentId: string) => respondToAssignment(w.alun.actor, { assignmentId, response: 'CONFIRMED' })
    const concern = (circleId: string) => raiseConcern(w.alun.actor, { circleId, urgency: 'URGENT', description: 'He talked about his neighbour' })
    const minutes = (meetingId: string) => submitMinutes(w.alun.actor, { meetingId, coreMemberAttended: 'yes', presentVolunteerIds: w.alun.id, discussion: 'Talked', mood: 'SETTLED', goalsProgress: 'Kept going' })
    for (const [step, id] of [[respond, w.place.id], [concern, w.circle.id], [minutes, w.held.id]] as const) {
      const asRandom = await rejection(step(random))
      expect(asRandom).not.toBe('resolved')
      expect(await rejection(step(id))).toEqual(asRandom)
    }
    expect((await prisma.circleAssignment.findUniqueOrThrow({ where: { id: w.place.id } })).response).toBe('PENDING')
    expect(await prisma.cosaConcern.count({ where: { circleId: w.circle.id } })).toBe(0)
    expect(await prisma.circleMinutes.count({ where: { meetingId: w.held.id } })).toBe(0)
  })

  it('is neither put on a meeting of the circle nor offered for it by hand', async () => {
    const notOffered = { code: 'VALIDATION', fieldErrors: { volunteerId: ['assigneeNotOffered'] } }
    const later = await prisma.circleMeeting.create({ data: { circleId: w.circle.id, startsAt: addDays(new Date(), 21), endsAt: addMinutes(addDays(new Date(), 21), 90) } })
    await expect(assignVolunteer(w.coordinator, { meetingId: later.id, volunteerId: w.alun.id, overrideReason: 'Needed' })).rejects.toMatchObject(notOffered)
    expect(await prisma.circleAssignment.count({ where: { meetingId: later.id } })).toBe(0)
    await prisma.circleMeeting.delete({ where: { id: later.id } })
    if (kind === 'EXCLUSION') return // a new volunteer is not on the exclusion list: excluded-assignees.int.test.ts covers an excluded one
    // A restriction list that does not name a volunteer's account keeps them out of the circle too (red before: added).
    const account = await createUser(prisma, { agencyId: w.circle.providerAgencyId, roles: ['COSA_VOLUNTEER'] })
    const carys = await prisma.cosaVolunteer.create({
      data: { agencyId: w.circle.providerAgencyId, userId: account.id, firstName: 'Carys', lastName: 'Griffiths', email: `carys-${Date.now()}@example.org`, dateOfBirth: new Date('1970-01-01'), homeArea: 'Bangor', stage: 'ACTIVE', referencesReceived: 2, dbsExpiresOn: addYears(new Date(), 2), trainingCompletedOn: subYears(new Date(), 1) },
    })
    const circle = await getCircle(w.coordinator, w.circle.id)
    expect(JSON.stringify([circle.candidates, circle.cannotJoin])).not.toContain(carys.id)
    await expect(addCircleMember(w.coordinator, { circleId: w.circle.id, volunteerId: carys.id, kind: 'COVER' })).rejects.toMatchObject(notOffered)
    expect(await prisma.circleMember.count({ where: { volunteerId: carys.id } })).toBe(0)
  })

  it('leaves the coordinator’s rota showing their places as needing cover', async () => {
    // A restriction list naming only the coordinator keeps both volunteers' accounts out.
    const gone = kind === 'EXCLUSION' ? ['Alun'] : ['Alun', 'Bethan']
    const rota = await getRota(w.coordinator)
    const row = rota.meetings.find((m) => !m.restricted && m.id === w.coming.id)
    expect(row && !row.restricted && row.noLongerServing).toEqual(gone)
    expect(row && !row.restricted && row.conflicts.some((c) => c.rule === 'TOO_FEW_VOLUNTEERS')).toBe(true)
    expect((await getRotaMeeting(w.coordinator, w.coming.id)).noLongerServing).toEqual(gone)
  })

  it('marks them in the circle’s inner circle too, and carries no account id there', async () => {
    const gone = kind === 'EXCLUSION' ? ['Alun'] : ['Alun', 'Bethan']
    const circle = await getCircle(w.coordinator, w.circle.id)
    expect(circle.members.filter((m) => m.keptOut).map((m) => m.volunteer.firstName)).toEqual(gone)
    expect(JSON.stringify(circle.served)).not.toContain(w.alun.userId)
  })
})

describe('a senior excluding a volunteer who serves in the person’s circle', () => {
  it('is told so, and the volunteer loses the circle at once; excluding anyone else says nothing of circles', async () => {
    const world = await buildWorld()
    const c = await circleWithVolunteer('SENR', { responsibleAgencyId: world.nps.id, offenderManagerId: world.staff.colleague.id, teamId: world.teamA.id, lduId: world.cardiff.id })
    const name = (await prisma.user.findUniqueOrThrow({ where: { id: c.alun.userId } })).name
    const reason = 'Lives next door to the family'
    expect(await addAccessEntry(world.actors.senior, { offenderId: c.person.id, kind: 'EXCLUSION', userId: c.alun.userId, reason })).toEqual({ offenderId: c.person.id, keptOutOfCircle: [name], chairKeptOutOf: [], staffKeptOutOf: [] })
    expect(await addAccessEntry(world.actors.senior, { offenderId: c.person.id, kind: 'EXCLUSION', userId: world.staff.officer.id, reason })).toEqual({ offenderId: c.person.id, keptOutOfCircle: [], chairKeptOutOf: [], staffKeptOutOf: [] })
    expect(await myRestrictedCircles(c.alun.actor)).toBe(1)
    expect(JSON.stringify(await myCircleMeetings(c.alun.actor))).not.toContain(c.place.id)
  })
})

// h17g item 2 of issue 17: a restriction list that leaves serving volunteers off keeps them out as an exclusion does,
// and the senior is told whom, for every change of the list that does so. Red before: the result said nothing
// (`servesInCircle: null` for a restriction list; removing an entry returned only the id).
describe('a senior changing a restriction list of a person whose circle has volunteers', () => {
  it('is told which serving volunteers each change keeps out, and only those', async () => {
    const world = await buildWorld()
    const c = await circleWithVolunteer('RSTR', { responsibleAgencyId: world.nps.id, offenderManagerId: world.staff.colleague.id, teamId: world.teamA.id, lduId: world.cardiff.id })
    const nameOf = async (userId: string) => (await prisma.user.findUniqueOrThrow({ where: { id: userId } })).name
    const [alun, bethan] = [await nameOf(c.alun.userId), await nameOf(c.bethan.userId)]
    const reason = 'Staff member’s relative'
    const add = (userId: string) => addAccessEntry(world.actors.senior, { offenderId: c.person.id, kind: 'RESTRICTION', userId, reason })
    // Beginning the list with the officer keeps both volunteers out; the senior is told both, in name order.
    expect(await add(world.staff.officer.id)).toEqual({ offenderId: c.person.id, keptOutOfCircle: [alun, bethan].sort((a, b) => a.localeCompare(b, 'en')), chairKeptOutOf: [], staffKeptOutOf: [] })
    expect(await myRestrictedCircles(c.bethan.actor)).toBe(1)
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: 'offender.access.add', offenderId: c.person.id }, orderBy: { occurredAt: 'desc' } })
    expect((audit.detail as { keptOutOfCircle: string[] }).keptOutOfCircle.sort()).toEqual([c.alun.userId, c.bethan.userId].sort())
    // Naming Alun on it lets him back in: nobody is newly kept out.
    expect(await add(c.alun.userId)).toEqual({ offenderId: c.person.id, keptOutOfCircle: [], chairKeptOutOf: [], staffKeptOutOf: [] })
    expect(await myRestrictedCircles(c.alun.actor)).toBe(0)
    // Taking him off it again keeps him out: the senior is told so.
    const entry = await prisma.accessRestriction.findFirstOrThrow({ where: { offenderId: c.person.id, kind: 'RESTRICTION', userId: c.alun.userId } })
    expect(await removeAccessEntry(world.actors.senior, { offenderId: c.person.id, entryId: entry.id, reason: 'No longer related' })).toEqual({ offenderId: c.person.id, keptOutOfCircle: [alun], chairKeptOutOf: [], staffKeptOutOf: [] })
    expect(await myRestrictedCircles(c.alun.actor)).toBe(1)
    // Excluding Bethan, already kept out by the list, keeps no one out anew.
    expect(await addAccessEntry(world.actors.senior, { offenderId: c.person.id, kind: 'EXCLUSION', userId: c.bethan.userId, reason })).toEqual({ offenderId: c.person.id, keptOutOfCircle: [], chairKeptOutOf: [], staffKeptOutOf: [] })
  })
})
