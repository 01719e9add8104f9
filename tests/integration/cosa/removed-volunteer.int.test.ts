import { addDays, addMinutes, addYears, subYears } from 'date-fns'
import { beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '../../../src/server/db'
import { addCircleMember, removeCircleMember } from '../../../src/server/cosa/circles'
import { respondToAssignment } from '../../../src/server/cosa/portal'
import { assignVolunteer, unassignVolunteer } from '../../../src/server/cosa/rota'
import { getRota, getRotaMeeting } from '../../../src/server/cosa/rota-views'
import { changeVolunteerStage } from '../../../src/server/cosa/volunteers'
import type { Actor } from '../../../src/server/policy'
import { createOffender, createUser } from '../../factories'
import { actorOf } from '../../support/actor'
import { shown } from '../../support/shown-rows'

// Walk 23 D1 and D7, break test 22 D3 and O3 (issue 16): a volunteer taken out of a circle was offered as cover for its
// meetings and could be put back on them; the rota's "Why no one else" called free someone who declined; a foreign
// assignment id was "already taken off"; two coordinators removing or pausing one volunteer at once.
let coordinator: Actor
let providerId: string
let circleId: string
let otherCircleId: string
const meetings: string[] = []
const v: Record<string, string> = {}
const users: Record<string, Awaited<ReturnType<typeof createUser>>> = {}
/** A Tuesday evening `weeks` weeks after three weeks from now, 19:00 UTC (everyone is free 08:00–22:30). */
const tuesday = (weeks: number) => {
  const d = addDays(new Date(), 21 + weeks * 7)
  d.setUTCDate(d.getUTCDate() + ((9 - d.getUTCDay()) % 7))
  d.setUTCHours(19, 0, 0, 0)
  return d
}
const failure = (p: Promise<unknown>) => p.then(() => null, (e: { code?: string; fieldErrors?: unknown }) => e.fieldErrors ?? e.code)
const memberId = async (name: string) => (await prisma.circleMember.findFirstOrThrow({ where: { circleId, volunteerId: v[name]!, leftOn: null } })).id

async function circleFor(): Promise<string> {
  const person = await createOffender(prisma)
  const referral = await prisma.cosaReferral.create({ data: { offenderId: person.id, providerAgencyId: providerId, referredById: coordinator.userId, programme: 'COMMUNITY', eligibility: 'e', suitability: 's', consentToShare: true, status: 'ACCEPTED' } })
  return (await prisma.circle.create({ data: { providerAgencyId: providerId, coreMemberId: person.id, referralId: referral.id, coordinatorId: coordinator.userId, programme: 'COMMUNITY', status: 'ACTIVE', venue: 'Neuadd', weekday: 2, startTime: '19:00', startDate: new Date() } })).id
}

beforeAll(async () => {
  providerId = (await prisma.agency.create({ data: { code: `REMOVED-${Date.now()}`, name: 'Removal provider', kind: 'THIRD_SECTOR' } })).id
  coordinator = await actorOf(await createUser(prisma, { agencyId: providerId, roles: ['COSA_COORDINATOR'] }))
  circleId = await circleFor()
  otherCircleId = await circleFor()
  for (const name of ['Eirlys', 'Alun', 'Mair', 'Dafydd', 'Gwen']) {
    users[name] = await createUser(prisma, { agencyId: providerId, roles: ['COSA_VOLUNTEER'] })
    v[name] = (await prisma.cosaVolunteer.create({
      data: {
        agencyId: providerId, userId: users[name]!.id, firstName: name, lastName: 'Removal', email: `${name}-${Date.now()}@example.org`, dateOfBirth: new Date('1970-01-01'), homeArea: 'Bangor', stage: 'ACTIVE', referencesReceived: 2,
        dbsExpiresOn: addYears(new Date(), 2), trainingCompletedOn: subYears(new Date(), 1), maxCircles: 3,
        availability: { create: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, fromTime: '08:00', toTime: '22:30' })) },
      },
    })).id
  }
  // Eirlys, Alun and Mair serve in the circle; Dafydd and Gwen in the other one (Gwen is paused and removed at once below).
  for (const name of ['Eirlys', 'Alun', 'Mair']) await prisma.circleMember.create({ data: { circleId, volunteerId: v[name]!, kind: 'REGULAR', joinedOn: new Date() } })
  for (const name of ['Dafydd', 'Gwen']) await prisma.circleMember.create({ data: { circleId: otherCircleId, volunteerId: v[name]!, kind: 'REGULAR', joinedOn: new Date() } })
  for (const weeks of [0, 1]) meetings.push((await prisma.circleMeeting.create({ data: { circleId, startsAt: tuesday(weeks), endsAt: addMinutes(tuesday(weeks), 90) } })).id)
  // On the first meeting: Eirlys (removed from the circle below) and Alun (declines), so it is short.
  await prisma.circleAssignment.createMany({ data: ['Eirlys', 'Alun'].map((n) => ({ meetingId: meetings[0]!, volunteerId: v[n]!, assignedById: coordinator.userId })) })
  const alun = await prisma.circleAssignment.findFirstOrThrow({ where: { meetingId: meetings[0]!, volunteerId: v.Alun! } })
  await respondToAssignment(await actorOf(users.Alun!), { assignmentId: alun.id, response: 'DECLINED', reason: 'Family birthday' })
  await removeCircleMember(coordinator, { circleId, memberId: await memberId('Eirlys'), reason: 'Moving to Cardiff', confirm: 'on' })
})

describe('a volunteer taken out of a circle (walk 23, D1)', () => {
  it('is not offered as cover, nor among the choices, on any of its meetings, and cannot be put back on one by hand', async () => {
    for (const meetingId of meetings) {
      const view = await getRotaMeeting(coordinator, meetingId)
      expect(view.cover.map((c) => c.firstName)).not.toContain('Eirlys')
      expect(view.choices.map((c) => c.firstName)).not.toContain('Eirlys')
      expect(await failure(assignVolunteer(coordinator, { meetingId, volunteerId: v.Eirlys, overrideReason: 'Free after all' }))).toEqual({ volunteerId: ['leftThisCircle'] })
    }
    // Another circle's meetings are not barred to her: she may still cover those.
    const other = (await prisma.circleMeeting.create({ data: { circleId: otherCircleId, startsAt: tuesday(3), endsAt: addMinutes(tuesday(3), 90) } })).id
    expect((await getRotaMeeting(coordinator, other)).cover.map((c) => c.firstName)).toContain('Eirlys')
  })
})

describe('the rota explains a short meeting (walk 23, D7)', () => {
  it('never lists as free someone who declined the meeting or was taken out of its circle', async () => {
    const meeting = shown((await getRota(coordinator)).meetings).find((m) => m.id === meetings[0])!
    expect(meeting.declined).toEqual(['Alun'])
    const named = meeting.shortBecause.map((r) => r.firstName)
    expect(named).toContain('Mair')
    expect(named).not.toContain('Alun')
    expect(named).not.toContain('Eirlys')
  })

  it('lists a member who declined the meeting as dropped out, never as on it (walk 37 D1)', async () => {
    // The page asked for cover because Alun declined, yet said everyone in the circle was on the meeting.
    expect((await getRotaMeeting(coordinator, meetings[0]!)).attendance.filter((p) => p.firstName === 'Alun')).toMatchObject([{ droppedOut: true }])
  })

  it('names a paused member of the circle as paused, not as free and not by leaving them out', async () => {
    const version = async () => (await prisma.cosaVolunteer.findUniqueOrThrow({ where: { id: v.Mair! } })).version
    await changeVolunteerStage(coordinator, { volunteerId: v.Mair, version: await version(), toStage: 'PAUSED', note: 'Unwell' })
    const meeting = shown((await getRota(coordinator)).meetings).find((m) => m.id === meetings[0])!
    expect(meeting.shortBecause.filter((r) => r.firstName === 'Mair')).toEqual([{ volunteerId: v.Mair, firstName: 'Mair', conflicts: [], paused: true }])
    // The meeting's own page names her as paused too, never "everyone in the circle is on this meeting" (walk 25, D3).
    expect((await getRotaMeeting(coordinator, meetings[0]!)).attendance.filter((p) => p.firstName === 'Mair')).toMatchObject([{ paused: true, droppedOut: false }])
    await changeVolunteerStage(coordinator, { volunteerId: v.Mair, version: await version(), toStage: 'ACTIVE' })
  })

  it('asks cover for a decline until a place is given after it, on the rota and the meeting\'s page (walk 41 F6)', async () => {
    const rotaRow = async () => shown((await getRota(coordinator)).meetings).find((m) => m.id === meetings[0])!
    expect((await getRotaMeeting(coordinator, meetings[0]!)).needsCoverFor).toEqual(['Alun'])
    await assignVolunteer(coordinator, { meetingId: meetings[0], volunteerId: v.Mair })
    expect((await getRotaMeeting(coordinator, meetings[0]!)).needsCoverFor).toEqual([])
    expect((await rotaRow()).declined).toEqual([])
  })
})

describe('taking a place off a meeting by an id not of that meeting (break test 22, D3)', () => {
  it('answers not found for another meeting’s place or an unknown id, and "already taken off" only for its own', async () => {
    const elsewhere = await prisma.circleAssignment.create({ data: { meetingId: meetings[1]!, volunteerId: v.Mair!, assignedById: coordinator.userId } })
    expect(await failure(unassignVolunteer(coordinator, { meetingId: meetings[0], assignmentId: elsewhere.id, reason: 'x', confirm: 'on' }))).toBe('NOT_FOUND')
    expect(await failure(unassignVolunteer(coordinator, { meetingId: meetings[0], assignmentId: crypto.randomUUID(), reason: 'x', confirm: 'on' }))).toBe('NOT_FOUND')
    await unassignVolunteer(coordinator, { meetingId: meetings[1], assignmentId: elsewhere.id, reason: 'Unwell', confirm: 'on' })
    expect(await failure(unassignVolunteer(coordinator, { meetingId: meetings[1], assignmentId: elsewhere.id, reason: 'Unwell', confirm: 'on' }))).toEqual({ _form: ['alreadyTakenOff'] })
    await expect(unassignVolunteer(coordinator, { meetingId: meetings[1], assignmentId: elsewhere.id, reason: 'Unwell', confirm: 'on' })).rejects.toMatchObject({ details: { stale: true } })
    // Her place elsewhere is untouched by the foreign attempts: still on its own meeting until taken off there.
    expect(await prisma.circleMeetingDropout.count({ where: { volunteerId: v.Mair! } })).toBe(1)
  })

  it('is said on the rota\'s "Why no one else" of that meeting as taken off, never as free (walk 25, D5)', async () => {
    const meeting = shown((await getRota(coordinator)).meetings).find((m) => m.id === meetings[1])!
    expect(meeting.shortBecause.filter((r) => r.firstName === 'Mair')).toEqual([{ volunteerId: v.Mair, firstName: 'Mair', conflicts: [], takenOff: true }])
  })
})

describe('two coordinators at once (break test 22, O3)', () => {
  const dropouts = (name: string) => prisma.circleMeetingDropout.count({ where: { volunteerId: v[name]! } })
  const version = async (name: string) => (await prisma.cosaVolunteer.findUniqueOrThrow({ where: { id: v[name]! } })).version
  const settle = (ps: Promise<unknown>[]) => Promise.all(ps.map((p) => p.then(() => 'ok', (e: { code?: string }) => e.code)))
  const placeOn = async (name: string, weeks: number[]) => {
    for (const w of weeks) {
      const id = (await prisma.circleMeeting.create({ data: { circleId: otherCircleId, startsAt: tuesday(w), endsAt: addMinutes(tuesday(w), 90) } })).id
      await prisma.circleAssignment.create({ data: { meetingId: id, volunteerId: v[name]!, assignedById: coordinator.userId } })
    }
  }

  it('removing the same volunteer: one removes, the other is told the record changed, and each place is released once', async () => {
    await placeOn('Dafydd', [5, 6])
    const id = (await prisma.circleMember.findFirstOrThrow({ where: { circleId: otherCircleId, volunteerId: v.Dafydd!, leftOn: null } })).id
    const input = { circleId: otherCircleId, memberId: id, reason: 'Moving away', confirm: 'on' }
    expect((await settle([removeCircleMember(coordinator, input), removeCircleMember(coordinator, input)])).sort()).toEqual(['CONFLICT', 'ok'])
    expect(await dropouts('Dafydd')).toBe(2)
  })

  it('pausing the same volunteer: one pauses, the other is told the record changed; pausing beside a removal releases each place once', async () => {
    await placeOn('Gwen', [7, 8])
    const input = { volunteerId: v.Gwen, version: await version('Gwen'), toStage: 'PAUSED', note: 'Unwell', confirm: 'on' }
    expect((await settle([changeVolunteerStage(coordinator, input), changeVolunteerStage(coordinator, input)])).sort()).toEqual(['CONFLICT', 'ok'])
    expect(await dropouts('Gwen')).toBe(2)
    await changeVolunteerStage(coordinator, { volunteerId: v.Gwen, version: await version('Gwen'), toStage: 'ACTIVE' })
    await placeOn('Gwen', [9])
    const id = (await prisma.circleMember.findFirstOrThrow({ where: { circleId: otherCircleId, volunteerId: v.Gwen!, leftOn: null } })).id
    const pause = { volunteerId: v.Gwen, version: await version('Gwen'), toStage: 'PAUSED', note: 'Unwell again', confirm: 'on' }
    expect(await settle([changeVolunteerStage(coordinator, pause), removeCircleMember(coordinator, { circleId: otherCircleId, memberId: id, reason: 'Stepping back', confirm: 'on' })])).toEqual(['ok', 'ok'])
    expect(await dropouts('Gwen')).toBe(3)
  })
})

describe('added back to the circle', () => {
  it('may cover its meetings again', async () => {
    await addCircleMember(coordinator, { circleId, volunteerId: v.Eirlys, kind: 'REGULAR' })
    expect((await getRotaMeeting(coordinator, meetings[1]!)).cover.map((c) => c.firstName)).toContain('Eirlys')
  })
})
