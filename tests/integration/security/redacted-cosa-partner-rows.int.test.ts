import { beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '../../../src/server/db'
import { getCircle, listCircles } from '../../../src/server/cosa/circles'
import { circleRecord } from '../../../src/server/cosa/circle-record'
import { openConcerns } from '../../../src/server/cosa/concerns'
import { cosaDashboard } from '../../../src/server/cosa/dashboard'
import { overdueMinutes } from '../../../src/server/cosa/minutes'
import { pendingCosaReferrals } from '../../../src/server/cosa/referrals'
import { getRota, getRotaMeeting } from '../../../src/server/cosa/rota-views'
import { assignVolunteer } from '../../../src/server/cosa/rota'
import { getVolunteer } from '../../../src/server/cosa/volunteers'
import { partnerQueue } from '../../../src/server/partners/partner-queue'
import type { Actor } from '../../../src/server/policy'
import { createUser } from '../../factories'
import { actorOf } from '../../support/actor'
import { coordinatorOfNewProvider, inDays, startedCircle } from '../cosa/started-circle'

// Issue 17 defect 6, as a kind (ADR 0023): the COSA lists gave a circle whose core member the coordinator may not see
// (Limited Access) with its circle, meeting, place and concern ids, and links and forms built from them; the referrals
// waiting gave the person's name and CRN. Every record id of the person's is collected from the database and none may
// reach the excluded coordinator's rota, dashboard, concerns, overdue minutes, circle list, volunteer page or referrals
// waiting, nor a partner caseworker excluded from them through their referrals in and out.

const at = (day: string, hour: number) => new Date(`${day}T${String(hour).padStart(2, '0')}:00:00Z`)
let coordinator: Actor
let caseworker: Actor
let volunteerId: string
/** The restricted person's circle and a meeting of it still to come: ids the coordinator could only have guessed. */
let guessed: { circleId: string; meetingId: string }
/** Every id of a record about the restricted person, and the person's own identifiers. */
let forbidden: string[]

beforeAll(async () => {
  const made = await coordinatorOfNewProvider('LAO-ROWS')
  coordinator = made.coordinator
  const circle = await startedCircle(coordinator, made.provider)
  const person = await prisma.offender.findUniqueOrThrow({ where: { id: circle.coreMemberId } })
  // Restricted to another coordinator of the provider: this one is not on the list.
  const other = await createUser(prisma, { agencyId: made.provider.id, roles: ['COSA_COORDINATOR'] })
  await prisma.accessRestriction.create({ data: { offenderId: person.id, kind: 'RESTRICTION', userId: other.id, reason: 'High-profile case' } })
  const member = await prisma.circleMember.findFirstOrThrow({ where: { circleId: circle.id } })
  volunteerId = member.volunteerId
  const late = await prisma.circleMeeting.create({ data: { circleId: circle.id, startsAt: at(inDays(-4), 18), endsAt: at(inDays(-4), 19) } })
  await prisma.circleAssignment.create({ data: { meetingId: late.id, volunteerId, response: 'CONFIRMED', assignedById: coordinator.userId } })
  const soon = await prisma.circleMeeting.create({ data: { circleId: circle.id, startsAt: at(inDays(2), 18), endsAt: at(inDays(2), 19) } })
  await prisma.circleAssignment.create({ data: { meetingId: soon.id, volunteerId, response: 'PENDING', assignedById: coordinator.userId } })
  guessed = { circleId: circle.id, meetingId: soon.id }
  await prisma.cosaConcern.create({ data: { circleId: circle.id, volunteerId, urgency: 'URGENT', description: 'Mentioned a new friend.' } })
  // A second referral of theirs waiting for the provider (a later programme).
  await prisma.cosaReferral.create({ data: { offenderId: person.id, providerAgencyId: made.provider.id, referredById: other.id, programme: 'COMMUNITY', eligibility: 'e', suitability: 's', consentToShare: true, status: 'WAITLISTED' } })

  // A partner service with a caseworker excluded from the person: referrals in (waiting), worked, and closed.
  const partner = await prisma.agency.create({ data: { code: `LAO-PARTNER-${Date.now()}`, name: 'Redaction partner', kind: 'THIRD_SECTOR' } })
  const service = await prisma.partnerService.create({ data: { providerAgencyId: partner.id, name: 'Redaction service', nameCy: 'Gwasanaeth', pathways: ['ACCOMMODATION'], regions: ['SOUTH_WALES'], contactEmail: 's@example.org' } })
  const caseworkerUser = await createUser(prisma, { agencyId: partner.id, roles: ['PARTNER_CASEWORKER'] })
  caseworker = await actorOf(caseworkerUser)
  await prisma.accessRestriction.create({ data: { offenderId: person.id, kind: 'EXCLUSION', userId: caseworkerUser.id, reason: 'Neighbour' } })
  for (const status of ['SUBMITTED', 'ACCEPTED', 'COMPLETED'] as const) {
    await prisma.partnerReferral.create({ data: { offenderId: person.id, serviceId: service.id, referredById: other.id, pathway: 'ACCOMMODATION', reason: 'r', consentToShare: true, status, ...(status === 'COMPLETED' ? { closedAt: new Date() } : {}) } })
  }

  const [circles, referrals, partnerReferrals] = await Promise.all([
    prisma.circle.findMany({ where: { coreMemberId: person.id }, select: { id: true, members: { select: { id: true } }, concerns: { select: { id: true } }, meetings: { select: { id: true, assignments: { select: { id: true } } } } } }),
    prisma.cosaReferral.findMany({ where: { offenderId: person.id }, select: { id: true } }),
    prisma.partnerReferral.findMany({ where: { offenderId: person.id }, select: { id: true } }),
  ])
  forbidden = [
    person.id, person.crn, person.lastName,
    ...circles.flatMap((c) => [c.id, ...c.members.map((m) => m.id), ...c.concerns.map((x) => x.id), ...c.meetings.flatMap((m) => [m.id, ...m.assignments.map((a) => a.id)])]),
    ...referrals.map((r) => r.id),
    ...partnerReferrals.map((r) => r.id),
  ]
  expect(forbidden.length).toBeGreaterThan(12)
})

/** The forbidden ids found in what a reader received. */
const leaked = (received: unknown) => forbidden.filter((id) => JSON.stringify(received).includes(id))

describe('a redacted COSA row carries no circle, meeting, place, concern or referral id', () => {
  it('on the coordinator’s dashboard, concerns and overdue minutes', async () => {
    const dashboard = await cosaDashboard(coordinator)
    expect(leaked(dashboard)).toEqual([])
    expect(dashboard.week.map((m) => m.restricted)).toEqual([true])
    const concerns = await openConcerns(coordinator)
    expect(leaked(concerns)).toEqual([])
    expect(concerns.map((c) => c.restricted)).toEqual([true])
    const overdue = await overdueMinutes(coordinator)
    expect(leaked(overdue)).toEqual([])
    expect(overdue.map((m) => m.restricted)).toEqual([true])
  })

  it('on the rota and the circle list', async () => {
    const rota = await getRota(coordinator)
    expect(rota.meetings.length).toBeGreaterThan(0)
    expect(leaked(rota)).toEqual([])
    expect(rota.meetings.every((m) => m.restricted)).toBe(true)
    const circles = await listCircles(coordinator)
    expect(leaked(circles)).toEqual([])
    expect(circles.map((c) => c.restricted)).toEqual([true])
  })

  it('on a volunteer’s page and the referrals waiting', async () => {
    const volunteer = await getVolunteer(coordinator, volunteerId)
    expect(leaked(volunteer)).toEqual([])
    expect(volunteer.circles.map((c) => c.restricted)).toEqual([true])
    const waiting = await pendingCosaReferrals(coordinator)
    expect(leaked(waiting)).toEqual([])
    expect(waiting.map((r) => r.restricted)).toEqual([true])
  })
})

describe('a circle of a restricted person opened by id (h17c item 1)', () => {
  it('is not found: the circle page, its record and a rota meeting page refuse the coordinator as MAPPA refuses a redacted item', async () => {
    for (const open of [() => getCircle(coordinator, guessed.circleId), () => circleRecord(coordinator, guessed.circleId), () => getRotaMeeting(coordinator, guessed.meetingId)]) {
      await expect(open()).rejects.toMatchObject({ code: 'NOT_FOUND' })
    }
  })
})

describe('a double booking with a restricted circle’s meeting (h17c item 2)', () => {
  it('is said as "another circle’s meeting (restricted)" on the rota meeting page, with no id of it', async () => {
    // A circle the coordinator may see, meeting at the same hour as the restricted circle's, with the same volunteer.
    const mine = await startedCircle(coordinator, { id: coordinator.agencyId })
    const soon = await prisma.circleMeeting.findUniqueOrThrow({ where: { id: guessed.meetingId } })
    const clash = await prisma.circleMeeting.create({ data: { circleId: mine.id, startsAt: soon.startsAt, endsAt: soon.endsAt } })
    await prisma.circleAssignment.create({ data: { meetingId: clash.id, volunteerId, response: 'PENDING', assignedById: coordinator.userId } })
    const page = await getRotaMeeting(coordinator, clash.id)
    expect(leaked(page)).toEqual([])
    expect(page.conflicts.filter((c) => c.rule === 'DOUBLE_BOOKED')).toEqual([expect.objectContaining({ volunteerId, otherRestricted: true })])
    // Putting the volunteer on a second meeting at that hour is refused for the double booking, naming no meeting of
    // the restricted circle in the refusal's details.
    const half = 30 * 60_000
    const again = await prisma.circleMeeting.create({ data: { circleId: mine.id, startsAt: new Date(soon.startsAt.getTime() + half), endsAt: new Date(soon.endsAt.getTime() + half) } })
    const refusal = await assignVolunteer(coordinator, { meetingId: again.id, volunteerId }).catch((e: unknown) => e)
    expect(refusal).toMatchObject({ code: 'VALIDATION', details: { conflicts: expect.arrayContaining([expect.objectContaining({ otherRestricted: true })]) } })
    expect(leaked(refusal)).toEqual([])
  })
})

describe('a partner caseworker excluded from the person', () => {
  it('gets no referral of theirs in or out, nor any id of one', async () => {
    const queue = await partnerQueue(caseworker)
    expect([queue.incoming, queue.working, queue.closed].map((l) => l.length)).toEqual([0, 0, 0])
    expect(leaked(queue)).toEqual([])
  })
})
