import { addYears, subYears } from 'date-fns'
import { beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '../../../src/server/db'
import { cancelCircleMeeting, submitMinutes } from '../../../src/server/cosa/minutes'
import type { Actor } from '../../../src/server/policy'
import { holdingRow } from '../../support/hold-row'
import { createUser } from '../../factories'
import { actorOf } from '../../support/actor'
import { buildWorld, type World } from '../../support/world'

// Re-walk of issue 16, item 6: cancelling a circle meeting holds its row (lockRow) so minutes sent in the same instant
// are either read by the cancel, which then refuses, or wait and find the meeting cancelled; nothing had tested it.
// One wins, never both: a cancelled meeting never has minutes.
let w: World
let coordinator: Actor
let alun: Actor
let alunId: string
let circleId: string
const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000)
const refusalOf = (p: Promise<unknown>) => p.then(() => null, (e: { code?: string; fieldErrors?: unknown }) => ({ code: e.code, fieldErrors: e.fieldErrors }))
const minutes = (meetingId: string) => ({ meetingId, coreMemberAttended: 'yes', presentVolunteerIds: [alunId], discussion: 'Talked about his week.', mood: 'SETTLED', goalsProgress: 'Kept his appointments.' })
const state = async (meetingId: string) => {
  const m = await prisma.circleMeeting.findUniqueOrThrow({ where: { id: meetingId }, include: { minutes: { select: { id: true } } } })
  return { status: m.status, minutes: m.minutes !== null }
}

async function pastMeeting(): Promise<string> {
  const m = await prisma.circleMeeting.create({ data: { circleId, startsAt: hoursAgo(3), endsAt: hoursAgo(1.5) } })
  await prisma.circleAssignment.create({ data: { meetingId: m.id, volunteerId: alunId, response: 'CONFIRMED', assignedById: coordinator.userId } })
  return m.id
}

const holding = (meetingId: string, work: Parameters<typeof holdingRow>[2]) => holdingRow('CircleMeeting', meetingId, work)

beforeAll(async () => {
  w = await buildWorld()
  const provider = await prisma.agency.create({ data: { code: `RACE-${w.nps.code}`, name: 'Race provider', kind: 'THIRD_SECTOR' } })
  coordinator = await actorOf(await createUser(prisma, { agencyId: provider.id, roles: ['COSA_COORDINATOR'] }))
  const referral = await prisma.cosaReferral.create({ data: { offenderId: w.people.mine.id, providerAgencyId: provider.id, referredById: w.staff.officer.id, programme: 'COMMUNITY', eligibility: 'e', suitability: 's', consentToShare: true, status: 'ACCEPTED' } })
  circleId = (await prisma.circle.create({ data: { providerAgencyId: provider.id, coreMemberId: w.people.mine.id, referralId: referral.id, coordinatorId: coordinator.userId, programme: 'COMMUNITY', status: 'ACTIVE', agreedGoals: 'Keep his job.' } })).id
  const user = await createUser(prisma, { agencyId: provider.id, roles: ['COSA_VOLUNTEER'] })
  alunId = (await prisma.cosaVolunteer.create({ data: { agencyId: provider.id, userId: user.id, firstName: 'Alun', lastName: 'Private-Surname', email: 'alun-race@example.org', dateOfBirth: new Date('1970-01-01'), homeArea: 'Bangor', stage: 'ACTIVE', dbsExpiresOn: addYears(new Date(), 2), trainingCompletedOn: subYears(new Date(), 1) } })).id
  await prisma.circleMember.create({ data: { circleId, volunteerId: alunId, kind: 'REGULAR', joinedOn: subYears(new Date(), 1) } })
  alun = await actorOf(user)
})

describe('cancelling a circle meeting while its minutes are sent', () => {
  it('waits for minutes still being written, then refuses: the meeting took place', async () => {
    const meetingId = await pastMeeting()
    // The minutes' own transaction, still open when the coordinator cancels.
    const writing = await holding(meetingId, (tx) => tx.circleMinutes.create({ data: { meetingId, authorId: alunId, presentVolunteerIds: [alunId], discussion: 'x', mood: 'SETTLED', goalsProgress: 'x', coreMemberAttended: true } }))
    const cancel = refusalOf(cancelCircleMeeting(coordinator, { meetingId, reason: 'Venue closed.' }))
    await new Promise((r) => setTimeout(r, 300))
    writing.release()
    await writing.done
    expect(await cancel).toEqual({ code: 'VALIDATION', fieldErrors: { _form: ['meetingHasMinutes'] } })
    expect(await state(meetingId)).toEqual({ status: 'SCHEDULED', minutes: true })
  })

  it('minutes sent while the cancel is being written wait, then find the meeting gone', async () => {
    const meetingId = await pastMeeting()
    const cancelling = await holding(meetingId, (tx) => tx.circleMeeting.update({ where: { id: meetingId }, data: { status: 'CANCELLED', cancelledReason: 'Venue closed.' } }))
    const sent = refusalOf(submitMinutes(alun, minutes(meetingId)))
    await new Promise((r) => setTimeout(r, 300))
    cancelling.release()
    await cancelling.done
    expect(await sent).toMatchObject({ code: 'NOT_FOUND' })
    expect(await state(meetingId)).toEqual({ status: 'CANCELLED', minutes: false })
  })

  it('sent in the same instant, exactly one of them wins', async () => {
    const meetingId = await pastMeeting()
    const [cancelled, written] = await Promise.allSettled([cancelCircleMeeting(coordinator, { meetingId, reason: 'Venue closed.' }), submitMinutes(alun, minutes(meetingId))])
    expect([cancelled.status, written.status].filter((s) => s === 'fulfilled')).toHaveLength(1)
    expect(await state(meetingId)).toEqual(cancelled.status === 'fulfilled' ? { status: 'CANCELLED', minutes: false } : { status: 'SCHEDULED', minutes: true })
  })
})
