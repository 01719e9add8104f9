import { addYears, subYears } from 'date-fns'
import { beforeAll, describe, expect, it } from 'vitest'
import type { ZodError } from 'zod'
import { prisma } from '../../../src/server/db'
import { assignVolunteer, generateRota, unassignVolunteer } from '../../../src/server/cosa/rota'
import { getRota, getRotaMeeting } from '../../../src/server/cosa/rota-views'
import type { Actor } from '../../../src/server/policy'
import { issueKey } from '../../../src/server/validation-messages'
import { createOffender, createUser } from '../../factories'
import { actorOf } from '../../support/actor'
import { shown } from '../../support/shown-rows'

let coordinator: Actor
let other: Actor
let officer: Actor
let circleA: string
let circleB: string
/** A circle of the same provider withdrawn after the rota page was drawn (break test 25, D4). */
let circleClosed: string
const volunteers: string[] = []
const today = new Date()
const issues = (e: unknown) => Object.fromEntries((e as ZodError).issues.map((i) => [i.path.join('.'), issueKey(i).key]))
const failure = (p: Promise<unknown>) => p.then(() => null, (e: { fieldErrors?: Record<string, string[]>; details?: { conflicts?: { rule: string }[] } }) => ({ fields: e.fieldErrors, rules: e.details?.conflicts?.map((c) => c.rule) }))

beforeAll(async () => {
  const provider = await prisma.agency.create({ data: { code: `ROTA-${Date.now()}`, name: 'Rota provider', kind: 'THIRD_SECTOR' } })
  coordinator = await actorOf(await createUser(prisma, { agencyId: provider.id, roles: ['COSA_COORDINATOR'] }))
  other = await actorOf(await createUser(prisma, { roles: ['COSA_COORDINATOR'] }))
  officer = await actorOf(await createUser(prisma, { roles: ['PROBATION_OFFICER'] }))
  for (let n = 0; n < 9; n++) {
    const v = await prisma.cosaVolunteer.create({
      data: {
        agencyId: provider.id, firstName: `V${n}`, lastName: 'Rota', email: `v${n}@example.org`, dateOfBirth: new Date('1970-01-01'), homeArea: 'Bangor', stage: 'ACTIVE', referencesReceived: 2,
        dbsExpiresOn: n === 8 ? subYears(today, 1) : addYears(today, 2), trainingCompletedOn: subYears(today, 1), maxCircles: 3,
        // V7 is never free on Tuesdays: putting them on a Tuesday meeting needs an override.
        availability: { create: (n === 7 ? [4] : [2, 4]).map((weekday) => ({ weekday, fromTime: '18:00', toTime: '21:30' })) },
      },
    })
    volunteers.push(v.id)
  }
  const circle = async (weekday: number, regulars: number[], cover: number[]) => {
    const person = await createOffender(prisma)
    const referral = await prisma.cosaReferral.create({ data: { offenderId: person.id, providerAgencyId: provider.id, referredById: officer.userId, programme: 'COMMUNITY', eligibility: 'e', suitability: 's', consentToShare: true, status: 'ACCEPTED' } })
    const c = await prisma.circle.create({
      data: { providerAgencyId: provider.id, coreMemberId: person.id, referralId: referral.id, coordinatorId: coordinator.userId, programme: 'COMMUNITY', status: 'ACTIVE', venue: 'Hall', venueRiskAssessedOn: today, weekday, startTime: '19:00', minutes: 90, everyWeeks: 1, startDate: today, plannedEndDate: addYears(today, 1) },
    })
    await prisma.circleMember.createMany({ data: [...regulars.map((n) => ({ volunteerId: volunteers[n]!, kind: 'REGULAR' as const })), ...cover.map((n) => ({ volunteerId: volunteers[n]!, kind: 'COVER' as const }))].map((m) => ({ ...m, circleId: c.id, joinedOn: today })) })
    return c.id
  }
  circleA = await circle(2, [0, 1, 2, 3], [7, 8])
  circleB = await circle(4, [4, 5, 6, 0], [])
  circleClosed = await circle(2, [], [])
  await prisma.circle.update({ where: { id: circleClosed }, data: { status: 'CLOSED' } })
})

describe('COSA rota', () => {
  it('explains bad input and refuses other roles and providers', async () => {
    expect(issues(await generateRota(coordinator, { circleIds: [], weeks: '13' }).catch((e: unknown) => e))).toEqual({ circleIds: 'chooseCircle', weeks: 'chooseOption' })
    await expect(generateRota(officer, { circleIds: [circleA], weeks: '4' })).rejects.toMatchObject({ code: 'FORBIDDEN' })
    expect((await failure(generateRota(other, { circleIds: [circleA], weeks: '4' })))?.fields).toEqual({ circleIds: ['circleNotReady'] })
    expect(await prisma.circleMeeting.count({ where: { circleId: circleA } })).toBe(0)
  })

  it('answers a rota for a circle closed since the page was drawn as a stale page, with the reload (break test 25, D4)', async () => {
    const refusal = await generateRota(coordinator, { circleIds: [circleA, circleClosed], weeks: '4' }).catch((e: { fieldErrors?: unknown; details?: unknown }) => e)
    expect(refusal).toMatchObject({ fieldErrors: { _form: ['circleClosed'] }, details: { stale: true } })
    expect(await prisma.circleMeeting.count({ where: { circleId: { in: [circleA, circleClosed] } } })).toBe(0)
  })

  it('generates twelve weeks for several circles in one go, staffed without a single conflict', async () => {
    const result = await generateRota(coordinator, { circleIds: [circleA, circleB], weeks: '12' })
    expect(result.meetings).toBeGreaterThanOrEqual(22)
    expect(result.short).toBe(0)
    const rota = await getRota(coordinator)
    expect(rota.meetings.length).toBe(result.meetings)
    expect(shown(rota.meetings).every((m) => m.volunteers.length >= 2 && m.volunteers.length <= 3)).toBe(true)
    expect(shown(rota.meetings).flatMap((m) => m.conflicts)).toEqual([])
    // Regulars before cover: V7 (unavailable Tuesdays) and V8 (DBS expired) are never proposed.
    expect(shown(rota.meetings).flatMap((m) => m.volunteers.map((v) => v.volunteerId))).not.toContain(volunteers[8])
    expect(shown(rota.meetings).flatMap((m) => m.volunteers.map((v) => v.volunteerId))).not.toContain(volunteers[7])
    // Generating again adds nothing twice.
    expect((await generateRota(coordinator, { circleIds: [circleA], weeks: '12' })).meetings).toBe(0)
    expect(await prisma.auditEvent.count({ where: { action: 'cosa.rota.generate', subjectId: { in: [circleA, circleB] } } })).toBe(3)
  })

  it('refuses hard conflicts, asks a reason for soft ones, and suggests cover when someone drops out', async () => {
    const meeting = await prisma.circleMeeting.findFirstOrThrow({ where: { circleId: circleA }, orderBy: { startsAt: 'asc' }, include: { assignments: true } })
    const applicant = await prisma.cosaVolunteer.create({ data: { agencyId: (await prisma.cosaVolunteer.findUniqueOrThrow({ where: { id: volunteers[0]! } })).agencyId, firstName: 'Applicant', lastName: 'Rota', email: 'a@example.org', dateOfBirth: new Date('1970-01-01'), homeArea: 'Bangor', stage: 'APPLICATION' } })
    expect((await failure(assignVolunteer(coordinator, { meetingId: meeting.id, volunteerId: applicant.id })))?.fields).toEqual({ volunteerId: ['volunteerNotVetted'] })
    expect(await failure(assignVolunteer(coordinator, { meetingId: meeting.id, volunteerId: volunteers[8] }))).toMatchObject({ fields: { volunteerId: ['rotaHardConflict', 'conflict_DBS_EXPIRED'] }, rules: ['DBS_EXPIRED'] })
    expect(await failure(assignVolunteer(coordinator, { meetingId: meeting.id, volunteerId: volunteers[7] }))).toMatchObject({ fields: { overrideReason: ['overrideNeeded', 'conflict_UNAVAILABLE'] }, rules: ['UNAVAILABLE'] })
    await assignVolunteer(coordinator, { meetingId: meeting.id, volunteerId: volunteers[7], overrideReason: 'Swapped shifts this week' })
    expect(await prisma.circleAssignment.findFirstOrThrow({ where: { meetingId: meeting.id, volunteerId: volunteers[7] } })).toMatchObject({ overrideReason: 'Swapped shifts this week' })

    const dropped = meeting.assignments[0]!
    await unassignVolunteer(coordinator, { meetingId: meeting.id, assignmentId: dropped.id, reason: 'Working late', confirm: 'on' })
    const view = await getRotaMeeting(coordinator, meeting.id)
    expect(view.volunteers.map((v) => v.volunteerId)).not.toContain(dropped.volunteerId)
    // Issue 16 item 10: whoever was taken off is never offered back as cover for the same meeting.
    expect(view.cover.map((c) => c.id)).not.toContain(dropped.volunteerId)
    expect(view.cover.map((c) => c.id)).not.toContain(volunteers[8])
    await expect(getRotaMeeting(other, meeting.id)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    expect(await prisma.auditEvent.count({ where: { subjectId: meeting.id, action: { in: ['cosa.rota.assign', 'cosa.rota.unassign'] } } })).toBe(2)
  })

  it('never lets a volunteer be double booked across circles', async () => {
    const a = await prisma.circleMeeting.findFirstOrThrow({ where: { circleId: circleA }, orderBy: { startsAt: 'desc' } })
    // A one-off meeting of circle B at the same time as circle A's, with V0 (a member of both) on A's.
    const clash = await prisma.circleMeeting.create({ data: { circleId: circleB, startsAt: a.startsAt, endsAt: a.endsAt } })
    if (!(await prisma.circleAssignment.count({ where: { meetingId: a.id, volunteerId: volunteers[0] } }))) await prisma.circleAssignment.create({ data: { meetingId: a.id, volunteerId: volunteers[0]!, assignedById: coordinator.userId } })
    expect(await failure(assignVolunteer(coordinator, { meetingId: clash.id, volunteerId: volunteers[0], overrideReason: 'please' }))).toMatchObject({ rules: expect.arrayContaining(['DOUBLE_BOOKED']) })
  })
})

describe('the volunteer portal', () => {
  it('shows a volunteer their own coming meetings with the core member’s first name only, and takes their answer', async () => {
    const { myCircleMeetings, respondToAssignment } = await import('../../../src/server/cosa/portal')
    const user = await createUser(prisma, { agencyId: (await prisma.cosaVolunteer.findUniqueOrThrow({ where: { id: volunteers[1]! } })).agencyId, roles: ['COSA_VOLUNTEER'] })
    await prisma.cosaVolunteer.update({ where: { id: volunteers[1]! }, data: { userId: user.id } })
    const volunteer = await actorOf(user)
    const mine = await myCircleMeetings(volunteer)
    expect(mine.length).toBeGreaterThan(0)
    // declineReason: only the reason this volunteer gave for their own decline (issue 16 gap 5), never anyone else's.
    expect(Object.keys(mine[0]!).sort()).toEqual(['coreMemberFirstName', 'declineReason', 'endsAt', 'id', 'response', 'started', 'startsAt', 'venue'])
    const theirs = await prisma.circleAssignment.findFirstOrThrow({ where: { volunteerId: { not: volunteers[1]! } } })
    await expect(respondToAssignment(volunteer, { assignmentId: theirs.id, response: 'CONFIRMED' })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(myCircleMeetings(coordinator)).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await respondToAssignment(volunteer, { assignmentId: mine[0]!.id, response: 'DECLINED', reason: 'Family wedding' })
    // A decline leaves a gap the coordinator sees, and the decliner is not offered as cover for it.
    const assignment = await prisma.circleAssignment.findUniqueOrThrow({ where: { id: mine[0]!.id } })
    const view = await getRotaMeeting(coordinator, assignment.meetingId)
    expect(view.cover.map((c) => c.id)).not.toContain(volunteers[1])
    expect(await prisma.auditEvent.count({ where: { action: 'cosa.portal.respond', actorUserId: user.id } })).toBe(1)

    // They keep their own availability and leave, and no one else's; non-associations stay with the coordinator.
    const { addAvailability, addLeave, addNonAssociation } = await import('../../../src/server/cosa/volunteer-availability')
    const { myAvailability } = await import('../../../src/server/cosa/portal')
    await addAvailability(volunteer, { volunteerId: volunteers[1], weekday: '6', fromTime: '10:00', toTime: '12:00' })
    await addLeave(volunteer, { volunteerId: volunteers[1], fromDate: new Date().toISOString().slice(0, 10), toDate: addYears(today, 0).toISOString().slice(0, 10) })
    expect((await myAvailability(volunteer)).availability.map((a) => a.weekday)).toContain(6)
    await expect(addAvailability(volunteer, { volunteerId: volunteers[2], weekday: '6', fromTime: '10:00', toTime: '12:00' })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(addNonAssociation(volunteer, { volunteerId: volunteers[1], crn: 'A123456', reason: 'x' })).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await expect(addAvailability(officer, { volunteerId: volunteers[1], weekday: '6', fromTime: '10:00', toTime: '12:00' })).rejects.toMatchObject({ code: 'FORBIDDEN' })
  })
})

describe('the COSA dashboard', () => {
  it('counts this week’s staffing, answers awaited, circles by status and hours held', async () => {
    const { cosaDashboard } = await import('../../../src/server/cosa/dashboard')
    // One clock reading: two drifted a millisecond apart and counted 180.00003 minutes (CI, 3 Dec).
    const now = Date.now()
    const held = await prisma.circleMeeting.create({ data: { circleId: circleA, startsAt: new Date(now - 3 * 3_600_000), endsAt: new Date(now - 1.5 * 3_600_000) } })
    await prisma.circleAssignment.createMany({ data: [0, 1].map((n) => ({ meetingId: held.id, volunteerId: volunteers[n]!, response: 'CONFIRMED' as const, assignedById: coordinator.userId })) })
    // Hours come from the minutes of who was there (issue 16 item 12), not from places on the rota.
    await prisma.circleMinutes.create({ data: { meetingId: held.id, authorId: volunteers[0]!, coreMemberAttended: true, presentVolunteerIds: [volunteers[0]!, volunteers[1]!], discussion: 'd', mood: 'SETTLED', goalsProgress: 'g' } })
    const d = await cosaDashboard(coordinator)
    expect(d.circles.ACTIVE).toBe(2)
    expect(d.week.length).toBeGreaterThanOrEqual(2)
    expect(d.unconfirmed).toBeGreaterThan(0)
    expect(d.hoursByMonth.find((h) => h.month === held.startsAt.toISOString().slice(0, 7))).toEqual({ month: held.startsAt.toISOString().slice(0, 7), minutes: 180 })
    await expect(cosaDashboard(officer)).rejects.toMatchObject({ code: 'FORBIDDEN' })
    expect((await cosaDashboard(other)).week).toEqual([])
  })
})
