import { addDays, addMinutes, addYears, subYears } from 'date-fns'
import { beforeAll, describe, expect, it } from 'vitest'
import type { ZodError } from 'zod'
import { prisma } from '../../../src/server/db'
import { activateCircle, setUpCircle } from '../../../src/server/cosa/circles'
import { respondToAssignment } from '../../../src/server/cosa/portal'
import { assignVolunteer, generateRota, unassignVolunteer } from '../../../src/server/cosa/rota'
import type { Actor } from '../../../src/server/policy'
import { issueKey } from '../../../src/server/validation-messages'
import { createOffender, createUser } from '../../factories'
import { actorOf } from '../../support/actor'

// What a break test of issue 16's rota items found: past meetings took rota changes (item 1), generating the rota put
// back volunteers just taken off (item 2), a decline could be turned into a confirmation (item 3), and a too-long
// removal reason was answered "Give a reason" (item 7).
let coordinator: Actor
let providerId: string
let circleId: string
const v: Record<string, string> = {}
const volunteers: Record<string, Actor> = {}
const today = new Date()
const fields = (p: Promise<unknown>) => p.then(() => null, (e: { fieldErrors?: Record<string, string[]> }) => e.fieldErrors ?? e)
const issues = (e: unknown) => Object.fromEntries((e as ZodError).issues.map((i) => [i.path.join('.'), issueKey(i).key]))
const meeting = async (startsAt: Date, names: string[]) => {
  const id = (await prisma.circleMeeting.create({ data: { circleId, startsAt, endsAt: addMinutes(startsAt, 90) } })).id
  for (const n of names) await prisma.circleAssignment.create({ data: { meetingId: id, volunteerId: v[n]!, assignedById: coordinator.userId } })
  return id
}
const assignmentOf = (meetingId: string, name: string) => prisma.circleAssignment.findFirstOrThrow({ where: { meetingId, volunteerId: v[name]! } })

beforeAll(async () => {
  providerId = (await prisma.agency.create({ data: { code: `ROTAFIX-${Date.now()}`, name: 'Rota fixes provider', kind: 'THIRD_SECTOR' } })).id
  coordinator = await actorOf(await createUser(prisma, { agencyId: providerId, roles: ['COSA_COORDINATOR'] }))
  const person = await createOffender(prisma)
  const referral = await prisma.cosaReferral.create({ data: { offenderId: person.id, providerAgencyId: providerId, referredById: coordinator.userId, programme: 'COMMUNITY', eligibility: 'e', suitability: 's', consentToShare: true, status: 'ACCEPTED' } })
  circleId = (await prisma.circle.create({
    data: { providerAgencyId: providerId, coreMemberId: person.id, referralId: referral.id, coordinatorId: coordinator.userId, programme: 'COMMUNITY', status: 'ACTIVE', venue: 'Neuadd', weekday: 2, startTime: '19:00', startDate: today },
  })).id
  // Four regulars, all free on Tuesday evenings; each can sign in to the volunteer portal.
  for (const name of ['Aled', 'Bethan', 'Ceri', 'Dilys']) {
    const user = await createUser(prisma, { agencyId: providerId, roles: ['COSA_VOLUNTEER'] })
    v[name] = (await prisma.cosaVolunteer.create({
      data: {
        agencyId: providerId, userId: user.id, firstName: name, lastName: 'Rotafix', email: `${name}-${Date.now()}@example.org`, dateOfBirth: new Date('1970-01-01'), homeArea: 'Bangor', stage: 'ACTIVE', referencesReceived: 2,
        dbsExpiresOn: addYears(today, 2), trainingCompletedOn: subYears(today, 1), maxCircles: 2,
        availability: { create: [2].map((weekday) => ({ weekday, fromTime: '18:00', toTime: '21:30' })) },
      },
    })).id
    volunteers[name] = await actorOf(user)
    await prisma.circleMember.create({ data: { circleId, volunteerId: v[name]!, kind: 'REGULAR', joinedOn: today } })
  }
})

describe('a meeting that has started takes no rota change (item 1)', () => {
  it('refuses assigning to, and taking off, a meeting of eight days ago with a form message', async () => {
    const past = await meeting(addDays(today, -8), ['Aled'])
    expect(await fields(assignVolunteer(coordinator, { meetingId: past, volunteerId: v.Bethan }))).toEqual({ _form: ['meetingStarted'] })
    await expect(assignVolunteer(coordinator, { meetingId: past, volunteerId: v.Bethan })).rejects.toMatchObject({ details: { stale: true } })
    const aled = await assignmentOf(past, 'Aled')
    expect(await fields(unassignVolunteer(coordinator, { meetingId: past, assignmentId: aled.id, reason: 'Was ill', confirm: 'on' }))).toEqual({ _form: ['meetingStarted'] })
    expect(await prisma.circleAssignment.count({ where: { meetingId: past } })).toBe(1)
    expect(await prisma.circleMeetingDropout.count({ where: { meetingId: past } })).toBe(0)
  })

  it('refuses a volunteer’s confirm or decline, and the coordinator’s changes, once a meeting is under way', async () => {
    const now = await meeting(addMinutes(new Date(), -5), ['Aled', 'Bethan'])
    expect(await fields(assignVolunteer(coordinator, { meetingId: now, volunteerId: v.Ceri }))).toEqual({ _form: ['meetingStarted'] })
    const aled = await assignmentOf(now, 'Aled')
    expect(await fields(respondToAssignment(volunteers.Aled!, { assignmentId: aled.id, response: 'CONFIRMED' }))).toEqual({ _form: ['meetingStarted'] })
    expect(await fields(respondToAssignment(volunteers.Aled!, { assignmentId: aled.id, response: 'DECLINED', reason: 'Late' }))).toEqual({ _form: ['meetingStarted'] })
    expect((await assignmentOf(now, 'Aled')).response).toBe('PENDING')
  })
})

describe('a decline stands (item 3)', () => {
  it('refuses confirming an assignment the volunteer declined, leaving one consistent record', async () => {
    const next = await meeting(addDays(today, 30), ['Ceri'])
    const ceri = await assignmentOf(next, 'Ceri')
    await respondToAssignment(volunteers.Ceri!, { assignmentId: ceri.id, response: 'DECLINED', reason: 'Away that week' })
    expect(await fields(respondToAssignment(volunteers.Ceri!, { assignmentId: ceri.id, response: 'CONFIRMED' }))).toEqual({ response: ['declinedCannotConfirm'] })
    expect((await assignmentOf(next, 'Ceri')).response).toBe('DECLINED')
    expect(await prisma.auditEvent.count({ where: { subjectId: next, action: 'cosa.portal.respond' } })).toBe(1)
  })
})

describe('generating the rota never puts back who was taken off or declined (item 2)', () => {
  it('proposes only the volunteer who is still free for a meeting three were taken off', async () => {
    await generateRota(coordinator, { circleIds: [circleId], weeks: '12' })
    const target = await prisma.circleMeeting.findFirstOrThrow({ where: { circleId, startsAt: { gt: addDays(today, 40) } }, include: { assignments: true }, orderBy: { startsAt: 'asc' } })
    expect(target.assignments).toHaveLength(3)
    const takenOff = target.assignments.map((a) => a.volunteerId)
    for (const a of target.assignments) await unassignVolunteer(coordinator, { meetingId: target.id, assignmentId: a.id, reason: 'Cannot come after all', confirm: 'on' })
    await generateRota(coordinator, { circleIds: [circleId], weeks: '12' })
    const after = await prisma.circleAssignment.findMany({ where: { meetingId: target.id } })
    expect(after.map((a) => a.volunteerId)).toEqual(Object.values(v).filter((id) => !takenOff.includes(id)))
  })
})

describe('the removal reason’s messages (item 7)', () => {
  it('answers a 501-character reason with the length message, and blank text with "give a reason"', async () => {
    const next = await meeting(addDays(today, 100), ['Dilys'])
    const dilys = await assignmentOf(next, 'Dilys')
    expect(issues(await unassignVolunteer(coordinator, { meetingId: next, assignmentId: dilys.id, reason: 'x'.repeat(501) }).catch((e: unknown) => e))).toEqual({ reason: 'tooLong' })
    expect(issues(await unassignVolunteer(coordinator, { meetingId: next, assignmentId: dilys.id, reason: '\u200B\u200C\u200D\u2060\uFEFF ', confirm: 'on' }).catch((e: unknown) => e))).toEqual({ reason: 'reasonRequired' })
    expect(await prisma.circleAssignment.count({ where: { id: dilys.id } })).toBe(1)
  })
})

describe('starting a circle re-checks its pattern (item 4)', () => {
  it('refuses to start a forming circle on a warned pattern none of its inner circle can make', async () => {
    const person = await createOffender(prisma)
    const referral = await prisma.cosaReferral.create({ data: { offenderId: person.id, providerAgencyId: providerId, referredById: coordinator.userId, programme: 'COMMUNITY', eligibility: 'e', suitability: 's', consentToShare: true, status: 'ACCEPTED' } })
    const forming = await prisma.circle.create({ data: { providerAgencyId: providerId, coreMemberId: person.id, referralId: referral.id, coordinatorId: coordinator.userId, programme: 'COMMUNITY' } })
    await prisma.circleMember.createMany({ data: Object.values(v).map((volunteerId) => ({ circleId: forming.id, volunteerId, kind: 'REGULAR' as const, joinedOn: today })) })
    const day = (d: Date) => d.toISOString().slice(0, 10)
    // Thursday: all four are free on Tuesdays only; the coordinator keeps the warned pattern while forming.
    await setUpCircle(coordinator, { circleId: forming.id, version: 1, venue: 'Neuadd', venueRiskAssessedOn: day(today), weekday: '4', startTime: '19:00', minutes: '90', everyWeeks: '1', startDate: day(addDays(today, 1)), plannedEndDate: day(addYears(today, 1)), confirm: 'on' })
    expect(await fields(activateCircle(coordinator, { circleId: forming.id, version: 2 }))).toEqual({ _form: ['patternTooFew'] })
    expect((await prisma.circle.findUniqueOrThrow({ where: { id: forming.id } })).status).toBe('FORMING')
  })
})

// COSA break test of issue 16 items 1-2: simultaneous rota writes each passed the same check (four declines, four
// dropouts; four assigns, three "Something went wrong"). Each now holds the meeting row, so they run in turn.
let day = 60
// At 10:00 UTC, clear of the Tuesday 19:00 meetings the generation above rostered: at the time of day the file ran, a
// meeting 63 days on (a Tuesday when run on a Tuesday evening) overlapped one and the assign was refused as double booked.
const morningIn = (days: number) => new Date(`${addDays(today, days).toISOString().slice(0, 10)}T10:00:00Z`)
/** What each of the settled promises said: 'ok', or its field errors. */
const outcomes = (ps: Promise<unknown>[]) => Promise.all(ps.map((p) => p.then(() => 'ok', (e: { fieldErrors?: unknown; code?: string }) => e.fieldErrors ?? e.code ?? e)))

describe('simultaneous responses to one assignment (item 1)', () => {
  it('records exactly one of four simultaneous declines; the others are told it is already declined', async () => {
    const id = await meeting(morningIn(day++), ['Aled'])
    const { id: assignmentId } = await assignmentOf(id, 'Aled')
    const said = await outcomes([1, 2, 3, 4].map(() => respondToAssignment(volunteers.Aled!, { assignmentId, response: 'DECLINED', reason: 'Away' })))
    expect(said.filter((s) => s === 'ok')).toHaveLength(1)
    expect(said.filter((s) => s !== 'ok')).toEqual([1, 2, 3].map(() => ({ response: ['alreadyDeclined'] })))
    expect(await prisma.circleMeetingDropout.count({ where: { meetingId: id } })).toBe(1)
  })

  it('saves one of four simultaneous confirmations', async () => {
    const id = await meeting(morningIn(day++), ['Aled'])
    const { id: assignmentId } = await assignmentOf(id, 'Aled')
    const said = await outcomes([1, 2, 3, 4].map(() => respondToAssignment(volunteers.Aled!, { assignmentId, response: 'CONFIRMED' })))
    expect(said.filter((s) => s === 'ok')).toHaveLength(1)
    expect(said.filter((s) => s !== 'ok')).toEqual([1, 2, 3].map(() => ({ response: ['sameResponse'] })))
  })

  it('counts a volunteer out once when they decline as the coordinator takes them off', async () => {
    const id = await meeting(morningIn(day++), ['Bethan'])
    const { id: assignmentId } = await assignmentOf(id, 'Bethan')
    const said = await outcomes([
      respondToAssignment(volunteers.Bethan!, { assignmentId, response: 'DECLINED', reason: 'Ill' }),
      unassignVolunteer(coordinator, { meetingId: id, assignmentId, reason: 'Not coming', confirm: 'on' }),
    ])
    expect(said.filter((s) => s === 'ok')).toHaveLength(1)
    // Each loser is told in words meant for them (break test of issue 16, D9): the volunteer that the coordinator took
    // them off; the coordinator that the volunteer declined.
    expect(said[0] === 'ok' ? said[1] : said[0]).toEqual(said[0] === 'ok' ? { _form: ['volunteerAlreadyDeclined'] } : { _form: ['youWereTakenOff'] })
    expect(await prisma.circleMeetingDropout.count({ where: { meetingId: id } })).toBe(1)
  })
})

describe('simultaneous assigns of one volunteer (item 2)', () => {
  it('saves one of four and tells the others it is already recorded, with no unexpected error', async () => {
    const id = await meeting(morningIn(day++), [])
    const said = await outcomes([1, 2, 3, 4].map(() => assignVolunteer(coordinator, { meetingId: id, volunteerId: v.Aled, overrideReason: 'Free that day' })))
    expect(said.filter((s) => s === 'ok')).toHaveLength(1)
    expect(said.filter((s) => s !== 'ok')).toEqual([1, 2, 3].map(() => ({ volunteerId: ['alreadyRecorded'] })))
    expect(await prisma.circleAssignment.count({ where: { meetingId: id } })).toBe(1)
  })
})
