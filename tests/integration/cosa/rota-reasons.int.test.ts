import { addDays, addYears, subYears } from 'date-fns'
import { beforeAll, describe, expect, it } from 'vitest'
import type { ZodError } from 'zod'
import { prisma } from '../../../src/server/db'
import { activateCircle, getCircle, setUpCircle } from '../../../src/server/cosa/circles'
import { respondToAssignment } from '../../../src/server/cosa/portal'
import { assignVolunteer, generateRota, unassignVolunteer } from '../../../src/server/cosa/rota'
import { meetingsFromPattern } from '../../../src/server/cosa/rota-pattern'
import { getRota, getRotaMeeting } from '../../../src/server/cosa/rota-views'
import type { Actor } from '../../../src/server/policy'
import { issueKey } from '../../../src/server/validation-messages'
import { createOffender, createUser } from '../../factories'
import { actorOf } from '../../support/actor'
import { shown } from '../../support/shown-rows'

// Issue 16 items 8–10: the pattern is checked against the inner circle; every volunteer's reason shows up front;
// cover never offers whoever dropped out and reaches the vetted wider pool; dropping out needs a reason.
let coordinator: Actor
let providerId: string
let circleId: string
let coreMemberId: string
const v: Record<string, string> = {}
const today = new Date()
const iso = (d: Date) => d.toISOString().slice(0, 10)
const failure = (p: Promise<unknown>) => p.then(() => null, (e: { fieldErrors?: Record<string, string[]>; details?: Record<string, unknown> }) => ({ fields: e.fieldErrors, details: e.details }))
const issues = (e: unknown) => Object.fromEntries((e as ZodError).issues.map((i) => [i.path.join('.'), issueKey(i).key]))
const version = async () => (await prisma.circle.findUniqueOrThrow({ where: { id: circleId } })).version
const setup = async (weekday: string, extra: Record<string, unknown> = {}) =>
  setUpCircle(coordinator, { circleId, version: await version(), venue: 'Neuadd', venueRiskAssessedOn: iso(today), weekday, startTime: '19:00', minutes: '90', everyWeeks: '1', startDate: iso(addDays(today, 1)), plannedEndDate: iso(addYears(today, 1)), ...extra })

beforeAll(async () => {
  providerId = (await prisma.agency.create({ data: { code: `REASONS-${Date.now()}`, name: 'Reasons provider', kind: 'THIRD_SECTOR' } })).id
  coordinator = await actorOf(await createUser(prisma, { agencyId: providerId, roles: ['COSA_COORDINATOR'] }))
  const person = await createOffender(prisma)
  coreMemberId = person.id
  const volunteer = async (name: string, extra: Record<string, unknown> = {}, weekdays = [2]) =>
    (v[name] = (await prisma.cosaVolunteer.create({
      data: {
        agencyId: providerId, firstName: name, lastName: 'Reasons', email: `${name}@example.org`, dateOfBirth: new Date('1970-01-01'), homeArea: 'Bangor', stage: 'ACTIVE', referencesReceived: 2,
        dbsExpiresOn: addYears(today, 2), trainingCompletedOn: subYears(today, 1), maxCircles: 2, ...extra,
        availability: { create: weekdays.map((weekday) => ({ weekday, fromTime: '18:00', toTime: '21:30' })) },
      },
    })).id)
  // Tuesdays: Aled and Bethan free; Ceri only free on Thursdays; Dilys on leave for the coming months; Elfed's DBS
  // has run out; Ffion knows the core member. Wider pool: Gwil free, Heledd at her circle limit, Ieuan not yet vetted.
  for (const name of ['Aled', 'Bethan']) await volunteer(name)
  await volunteer('Ceri', {}, [4])
  await volunteer('Dilys', { leave: { create: { fromDate: today, toDate: addDays(today, 120) } } })
  await volunteer('Elfed', { dbsExpiresOn: subYears(today, 1) })
  await volunteer('Ffion')
  await volunteer('Gwil')
  await volunteer('Heledd', { maxCircles: 1 })
  await volunteer('Ieuan', { stage: 'APPLICATION', dbsExpiresOn: null, trainingCompletedOn: null })
  // Jac is vetted, but his DBS runs out before the meeting ten weeks away: a hard rule.
  await volunteer('Jac', { dbsExpiresOn: addDays(today, 30) })
  await prisma.cosaNonAssociation.create({ data: { volunteerId: v.Ffion!, offenderId: person.id, reason: 'Neighbour', createdById: coordinator.userId } })
  const referral = await prisma.cosaReferral.create({ data: { offenderId: person.id, providerAgencyId: providerId, referredById: coordinator.userId, programme: 'COMMUNITY', eligibility: 'e', suitability: 's', consentToShare: true, status: 'ACCEPTED' } })
  circleId = (await prisma.circle.create({ data: { providerAgencyId: providerId, coreMemberId: person.id, referralId: referral.id, coordinatorId: coordinator.userId, programme: 'COMMUNITY' } })).id
  // Heledd serves in another circle already, which fills her limit of one.
  const otherReferral = await prisma.cosaReferral.create({ data: { offenderId: (await createOffender(prisma)).id, providerAgencyId: providerId, referredById: coordinator.userId, programme: 'COMMUNITY', eligibility: 'e', suitability: 's', consentToShare: true, status: 'ACCEPTED' } })
  const other = await prisma.circle.create({ data: { providerAgencyId: providerId, coreMemberId: otherReferral.offenderId, referralId: otherReferral.id, coordinatorId: coordinator.userId, programme: 'COMMUNITY', status: 'ACTIVE' } })
  await prisma.circleMember.create({ data: { circleId: other.id, volunteerId: v.Heledd!, kind: 'REGULAR', joinedOn: today } })
})

describe('a circle’s meeting pattern against its inner circle (item 8)', () => {
  it('warns a forming circle and saves once confirmed, then refuses a running circle a pattern fewer than two can make', async () => {
    await prisma.circleMember.createMany({ data: ['Aled', 'Bethan', 'Ceri', 'Dilys'].map((n) => ({ circleId, volunteerId: v[n]!, kind: 'REGULAR' as const, joinedOn: today })) })
    // Thursday: only Ceri is free.
    const warned = await failure(setup('4'))
    expect(warned?.fields).toEqual({ confirm: ['patternConfirm'] })
    expect(warned?.details?.patternFit).toMatchObject({ canMake: 1, of: 4, volunteers: expect.arrayContaining([{ firstName: 'Aled', rules: ['UNAVAILABLE'], sharedWith: [] }, { firstName: 'Ceri', rules: [], sharedWith: [] }]) })
    expect((await prisma.circle.findUniqueOrThrow({ where: { id: circleId } })).weekday).toBeNull()
    await setup('4', { confirm: 'on' })
    expect((await getCircle(coordinator, circleId)).patternFit).toMatchObject({ canMake: 1, of: 4 })
    // Tuesday: Aled, Bethan and Dilys (her leave passes) can make it; no warning.
    await setup('2')
    expect((await getCircle(coordinator, circleId)).patternFit).toMatchObject({ canMake: 3, of: 4 })
    await activateCircle(coordinator, { circleId, version: await version() })
    expect(await failure(setup('4', { confirm: 'on' }))).toMatchObject({ fields: { weekday: ['patternTooFew'] }, details: { patternFit: { canMake: 1, of: 4 } } })
    expect((await prisma.circle.findUniqueOrThrow({ where: { id: circleId } })).weekday).toBe(2)
    expect(await prisma.auditEvent.count({ where: { subjectId: circleId, action: 'cosa.circle.setup' } })).toBe(2)
  })

  // Walk 20, D1: a running circle whose volunteers are now short (leave, another circle at the same hour) could not
  // have its venue saved: "fewer than two can make this day and time", with no way past. Only a new pattern is checked.
  it('saves a running circle’s new venue however few can make its unchanged pattern, and still checks a new day', async () => {
    // Aled and Bethan now come only on Mondays: one of the four (Dilys) can make the circle's Tuesdays.
    const moved = { volunteerId: { in: [v.Aled!, v.Bethan!] } }
    await prisma.cosaAvailability.updateMany({ where: moved, data: { weekday: 1 } })
    expect((await getCircle(coordinator, circleId)).patternFit).toMatchObject({ canMake: 1, of: 4 })
    await setup('2', { venue: 'Capel Bethel', venueRiskAssessedOn: iso(addDays(today, -1)) })
    expect(await prisma.circle.findUniqueOrThrow({ where: { id: circleId } })).toMatchObject({ venue: 'Capel Bethel', weekday: 2 })
    expect(await failure(setup('4', { confirm: 'on' }))).toMatchObject({ fields: { weekday: ['patternTooFew'] } })
    await prisma.cosaAvailability.updateMany({ where: moved, data: { weekday: 2 } })
  })

  it('says, for a meeting a proposal leaves short, why each other volunteer is not on it', async () => {
    // Bethan is off for the next weeks too, so generated meetings have only Aled.
    const leave = await prisma.cosaLeave.create({ data: { volunteerId: v.Bethan!, fromDate: today, toDate: addDays(today, 60) } })
    expect((await generateRota(coordinator, { circleIds: [circleId], weeks: '4' })).short).toBeGreaterThan(0)
    const short = shown((await getRota(coordinator, 4)).meetings).find((m) => m.circleId === circleId && m.conflicts.some((c) => c.rule === 'TOO_FEW_VOLUNTEERS'))!
    expect(Object.fromEntries(short.shortBecause.map((r) => [r.firstName, r.conflicts.map((c) => c.rule)]))).toEqual({ Bethan: ['ON_LEAVE'], Ceri: ['UNAVAILABLE'], Dilys: ['ON_LEAVE'] })
    await prisma.cosaLeave.delete({ where: { id: leave.id } })
  })
})

describe('a meeting with every reason up front, and cover (items 9 and 10)', () => {
  let meetingId: string
  beforeAll(async () => {
    await prisma.circleMember.createMany({ data: ['Elfed', 'Ffion'].map((n) => ({ circleId, volunteerId: v[n]!, kind: 'COVER' as const, joinedOn: today })) })
    const [m] = meetingsFromPattern({ circleId, coreMemberId, firstDate: iso(addDays(today, 70)), weekday: 2, startTime: '19:00', minutes: 90, everyWeeks: 1, count: 1 })
    meetingId = (await prisma.circleMeeting.create({ data: { circleId, startsAt: new Date(m!.startsAt), endsAt: new Date(m!.endsAt) } })).id
    await prisma.circleAssignment.createMany({ data: ['Aled', 'Bethan'].map((n) => ({ meetingId, volunteerId: v[n]!, assignedById: coordinator.userId })) })
    // Ceri is also free that Tuesday but already on another circle's meeting at the same time.
    await prisma.cosaAvailability.create({ data: { volunteerId: v.Ceri!, weekday: 2, fromTime: '18:00', toTime: '21:30' } })
    const clash = await prisma.circleMeeting.create({ data: { circleId: (await prisma.circleMember.findFirstOrThrow({ where: { volunteerId: v.Heledd! } })).circleId, startsAt: new Date(m!.startsAt), endsAt: new Date(m!.endsAt) } })
    await prisma.circleAssignment.create({ data: { meetingId: clash.id, volunteerId: v.Ceri!, assignedById: coordinator.userId } })
  })

  it('lists every other volunteer of the circle with their reason, by the rota rules', async () => {
    const view = await getRotaMeeting(coordinator, meetingId)
    expect(Object.fromEntries(view.attendance.map((a) => [a.firstName, a.conflicts.map((c) => c.rule)]))).toEqual({
      Ceri: ['DOUBLE_BOOKED'],
      Dilys: ['ON_LEAVE'],
      Elfed: ['DBS_EXPIRED'],
      Ffion: ['NON_ASSOCIATION'],
    })
    // No one of the circle is free, so cover comes from the vetted wider pool: Gwil, marked as not in this circle.
    expect(view.cover).toEqual([{ id: v.Gwil, firstName: 'Gwil', inCircle: false, supervisionDue: { since: null } }])
    expect(view.choices.map((c) => c.firstName)).not.toContain('Ieuan')
  })

  it('takes a volunteer off only with a reason, keeps and audits it, and never offers them back as cover', async () => {
    const aled = await prisma.circleAssignment.findFirstOrThrow({ where: { meetingId, volunteerId: v.Aled! } })
    expect(issues(await unassignVolunteer(coordinator, { meetingId, assignmentId: aled.id, reason: '  ' }).catch((e: unknown) => e))).toEqual({ reason: 'reasonRequired' })
    expect(await prisma.circleAssignment.count({ where: { id: aled.id } })).toBe(1)
    // Then confirmed, as removal from the circle is (walk 20, D12: it happened at once once a reason was given).
    expect(await failure(unassignVolunteer(coordinator, { meetingId, assignmentId: aled.id, reason: 'Hospital appointment' }))).toMatchObject({ fields: { confirm: ['takeOffConfirm'] }, details: { takeOff: { name: 'Aled' } } })
    expect(await prisma.circleAssignment.count({ where: { id: aled.id } })).toBe(1)
    await unassignVolunteer(coordinator, { meetingId, assignmentId: aled.id, reason: 'Hospital appointment', confirm: 'on' })
    expect(await prisma.auditEvent.findFirstOrThrow({ where: { subjectId: meetingId, action: 'cosa.rota.unassign' } })).toMatchObject({ reason: 'Hospital appointment' })
    // Bethan declines from her portal, with her reason.
    const user = await createUser(prisma, { agencyId: providerId, roles: ['COSA_VOLUNTEER'] })
    await prisma.cosaVolunteer.update({ where: { id: v.Bethan! }, data: { userId: user.id } })
    const bethan = await actorOf(user)
    const mine = await prisma.circleAssignment.findFirstOrThrow({ where: { meetingId, volunteerId: v.Bethan! } })
    await expect(respondToAssignment(bethan, { assignmentId: mine.id, response: 'DECLINED', reason: '' })).rejects.toMatchObject({ issues: [expect.objectContaining({ message: 'reasonRequired' })] })
    await respondToAssignment(bethan, { assignmentId: mine.id, response: 'DECLINED', reason: 'Caring for my mother' })
    expect(await prisma.auditEvent.findFirstOrThrow({ where: { subjectId: meetingId, action: 'cosa.portal.respond' } })).toMatchObject({ reason: 'Caring for my mother' })

    const view = await getRotaMeeting(coordinator, meetingId)
    expect(view.dropouts.map((d) => [d.firstName, d.kind, d.reason])).toEqual([['Aled', 'REMOVED', 'Hospital appointment'], ['Bethan', 'DECLINED', 'Caring for my mother']])
    expect(view.cover.map((c) => c.firstName)).toEqual(['Gwil'])
    // Whoever was taken off or declined, or is blocked by a hard rule, is never offered; the wider pool shows its reasons.
    expect(Object.fromEntries(view.choices.map((c) => [c.firstName, c.conflicts.map((x) => x.rule)]))).toEqual({ Dilys: ['ON_LEAVE'], Gwil: [], Heledd: ['TOO_MANY_CIRCLES'] })
    expect(await failure(assignVolunteer(coordinator, { meetingId, volunteerId: v.Aled, overrideReason: 'He can come after all' }))).toMatchObject({ fields: { volunteerId: ['takenOffMeeting'] } })
    expect(await failure(assignVolunteer(coordinator, { meetingId, volunteerId: v.Bethan, overrideReason: 'She can come after all' }))).toMatchObject({ fields: { volunteerId: ['declinedMeeting'] } })
    expect(await failure(assignVolunteer(coordinator, { meetingId, volunteerId: v.Jac }))).toMatchObject({ fields: { volunteerId: ['rotaHardConflict', 'conflict_DBS_EXPIRED'] } })
    // The rota says the meeting needs cover because Bethan declined.
    expect(shown((await getRota(coordinator, 12)).meetings).find((m) => m.id === meetingId)?.declined).toEqual(['Bethan'])
    // Heledd (at her limit of one circle) is never suggested; putting her on is a soft conflict that needs a reason.
    expect(await failure(assignVolunteer(coordinator, { meetingId, volunteerId: v.Heledd }))).toMatchObject({ fields: { overrideReason: ['overrideNeeded', 'conflict_TOO_MANY_CIRCLES'] } })
    await assignVolunteer(coordinator, { meetingId, volunteerId: v.Gwil })
    expect((await getRotaMeeting(coordinator, meetingId)).volunteers.map((x) => x.firstName)).toContain('Gwil')
    // A circle in its ending phase still meets: its volunteers are still listed with their reasons.
    await prisma.circle.update({ where: { id: circleId }, data: { status: 'ENDING' } })
    const ending = await getRotaMeeting(coordinator, meetingId)
    // Bethan declined: listed as dropped out, as Aled taken off is (walk 37 D1), never left out as if she were coming.
    expect(ending.attendance.map((a) => [a.firstName, a.droppedOut])).toEqual([['Aled', true], ['Bethan', true], ['Ceri', false], ['Dilys', false], ['Elfed', false], ['Ffion', false]])
  })
})
