import { createHash } from 'node:crypto'
import { addDays, addYears, subDays, subYears } from 'date-fns'
import { beforeAll, describe, expect, it } from 'vitest'
import type { AssignmentResponse, CircleMeetingStatus } from '../../../src/generated/prisma/enums'
import { prisma } from '../../../src/server/db'
import { calendarFeed, hasCalendarLink, renewCalendarLink } from '../../../src/server/cosa/calendar'
import type { Actor } from '../../../src/server/policy'
import { createOffender, createUser } from '../../factories'
import { actorOf } from '../../support/actor'

let coordinator: Actor
let volunteer: Actor
let volunteerUserId: string
let volunteerId: string
let coreMember: { firstName: string; lastName: string; crn: string }
const meetings: Record<'confirmed' | 'recent' | 'longAgo' | 'pending' | 'declined' | 'cancelled', string> = {} as never
const VENUE = `Neuadd Marker ${Date.now()}`
const now = new Date()
/** Unfolded content lines (RFC 5545 folds long lines with CRLF + space). */
const lines = (ics: string) => ics.replace(/\r\n[ \t]/g, '').split('\r\n')

beforeAll(async () => {
  const provider = await prisma.agency.create({ data: { code: `CAL-${Date.now()}`, name: 'Calendar provider', kind: 'THIRD_SECTOR' } })
  coordinator = await actorOf(await createUser(prisma, { agencyId: provider.id, roles: ['COSA_COORDINATOR'] }))
  const officer = await createUser(prisma, { roles: ['PROBATION_OFFICER'] })
  const user = await createUser(prisma, { agencyId: provider.id, roles: ['COSA_VOLUNTEER'] })
  volunteerUserId = user.id
  volunteer = await actorOf(user)
  volunteerId = (await prisma.cosaVolunteer.create({
    data: { agencyId: provider.id, userId: user.id, firstName: 'Calendr', lastName: 'Volunteer', email: 'cal@example.org', dateOfBirth: new Date('1970-01-01'), homeArea: 'Aberystwyth', stage: 'ACTIVE', dbsExpiresOn: addYears(now, 2), trainingCompletedOn: subYears(now, 1) },
  })).id
  // A name no feed may ever carry.
  const person = await createOffender(prisma, { firstName: `Coremarker${Date.now()}` })
  coreMember = person
  const referral = await prisma.cosaReferral.create({ data: { offenderId: person.id, providerAgencyId: provider.id, referredById: officer.id, programme: 'COMMUNITY', eligibility: 'e', suitability: 's', consentToShare: true, status: 'ACCEPTED' } })
  const circle = await prisma.circle.create({ data: { providerAgencyId: provider.id, coreMemberId: person.id, referralId: referral.id, coordinatorId: coordinator.userId, programme: 'COMMUNITY', status: 'ACTIVE', venue: VENUE } })
  await prisma.circleMember.create({ data: { circleId: circle.id, volunteerId, kind: 'REGULAR', joinedOn: subDays(now, 60) } })
  const meeting = async (startsAt: Date, response: AssignmentResponse, status: CircleMeetingStatus = 'SCHEDULED') => {
    const m = await prisma.circleMeeting.create({ data: { circleId: circle.id, startsAt, endsAt: new Date(startsAt.getTime() + 90 * 60_000), status } })
    await prisma.circleAssignment.create({ data: { meetingId: m.id, volunteerId, response, assignedById: coordinator.userId } })
    return m.id
  }
  meetings.confirmed = await meeting(addDays(now, 7), 'CONFIRMED')
  meetings.recent = await meeting(subDays(now, 10), 'CONFIRMED')
  meetings.longAgo = await meeting(subDays(now, 40), 'CONFIRMED')
  meetings.pending = await meeting(addDays(now, 14), 'PENDING')
  meetings.declined = await meeting(addDays(now, 21), 'DECLINED')
  meetings.cancelled = await meeting(addDays(now, 28), 'CONFIRMED', 'CANCELLED')
})

describe('a volunteer’s calendar feed', () => {
  it('is given only to a current volunteer, for their own record', async () => {
    await expect(renewCalendarLink(coordinator)).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await expect(hasCalendarLink(coordinator)).rejects.toMatchObject({ code: 'FORBIDDEN' })
    const unlinked = await actorOf(await createUser(prisma, { roles: ['COSA_VOLUNTEER'] }))
    await expect(renewCalendarLink(unlinked)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    expect(await hasCalendarLink(volunteer)).toBe(false)
    expect(await prisma.auditEvent.count({ where: { action: 'cosa.portal.calendar.renew', actorUserId: { in: [coordinator.userId, unlinked.userId] } } })).toBe(0)
  })

  it('holds the confirmed, scheduled meetings from 30 days ago on: when and where, never who', async () => {
    const { id, token } = await renewCalendarLink(volunteer)
    expect(id).toBe(volunteerId)
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(await hasCalendarLink(volunteer)).toBe(true)
    // Only the hash is kept: a copy of the database opens no feed.
    const stored = (await prisma.cosaVolunteer.findUniqueOrThrow({ where: { id: volunteerId } })).calendarTokenHash
    expect(stored).toBe(createHash('sha256').update(token).digest('hex'))

    const feed = await calendarFeed(token)
    expect(feed).not.toBeNull()
    const l = lines(feed!)
    const uids = l.filter((x) => x.startsWith('UID:')).map((x) => x.slice(4))
    expect(uids).toEqual([`${meetings.recent}@llwybr`, `${meetings.confirmed}@llwybr`])
    expect(l).toContain(`LOCATION:${VENUE}`)
    expect(l).toContain('SUMMARY:Circle meeting / Cyfarfod cylch')
    for (const personal of [coreMember.firstName, coreMember.lastName, coreMember.crn, 'Calendr', 'cal@example.org']) expect(feed).not.toContain(personal)

    const audit = await prisma.auditEvent.findMany({ where: { action: { in: ['cosa.portal.calendar.renew', 'cosa.portal.calendar.fetch'] }, subjectId: volunteerId }, orderBy: { id: 'asc' } })
    expect(audit.map((a) => [a.action, a.actorUserId])).toEqual([
      ['cosa.portal.calendar.renew', volunteerUserId],
      ['cosa.portal.calendar.fetch', volunteerUserId],
    ])
    expect(audit[1]!.detail).toEqual({ count: 2 })
  })

  it('stops the old address when a new one is made, and answers nothing for made-up tokens', async () => {
    const { token: first } = await renewCalendarLink(volunteer)
    const { token: second } = await renewCalendarLink(volunteer)
    expect(second).not.toBe(first)
    expect(await calendarFeed(first)).toBeNull()
    expect(await calendarFeed(second)).toContain(`${meetings.confirmed}@llwybr`)
    expect(await calendarFeed('x'.repeat(43))).toBeNull()
    expect(await calendarFeed('')).toBeNull()
    expect(await calendarFeed(`${second}x`)).toBeNull()
    expect(await prisma.auditEvent.count({ where: { action: 'cosa.portal.calendar.renew', subjectId: volunteerId } })).toBe(3)
  })

  it('goes dark when the account is disabled or the volunteer leaves', async () => {
    const { token } = await renewCalendarLink(volunteer)
    await prisma.user.update({ where: { id: volunteerUserId }, data: { status: 'DISABLED' } })
    expect(await calendarFeed(token)).toBeNull()
    await prisma.user.update({ where: { id: volunteerUserId }, data: { status: 'ACTIVE' } })
    expect(await calendarFeed(token)).not.toBeNull()
    await prisma.cosaVolunteer.update({ where: { id: volunteerId }, data: { stage: 'LEFT', leftReason: 'Moved away' } })
    const fetches = await prisma.auditEvent.count({ where: { action: 'cosa.portal.calendar.fetch', subjectId: volunteerId } })
    expect(await calendarFeed(token)).toBeNull()
    await expect(renewCalendarLink(volunteer)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    expect(await prisma.auditEvent.count({ where: { action: 'cosa.portal.calendar.fetch', subjectId: volunteerId } })).toBe(fetches)
  })
})
