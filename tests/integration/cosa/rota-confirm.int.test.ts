import { addDays, addYears, subYears } from 'date-fns'
import { beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '../../../src/server/db'
import { respondToAssignment } from '../../../src/server/cosa/portal'
import { unassignVolunteer } from '../../../src/server/cosa/rota'
import { confirmPlaceForVolunteer } from '../../../src/server/cosa/rota-confirm'
import type { Actor } from '../../../src/server/policy'
import { createOffender, createUser } from '../../factories'
import { actorOf } from '../../support/actor'

// Walk 67 F3: a volunteer recruited in Llwybr has no account, so their rota place stayed "please confirm" for ever:
// the coordinator records the confirmation the volunteer gave them.
let coordinator: Actor
let otherCoordinator: Actor
let circleId: string
let personId: string
let providerId: string
const failure = (p: Promise<unknown>) => p.then(() => null, (e: { code?: string; fieldErrors?: unknown }) => e.fieldErrors ?? e.code)
const staleRefusal = (p: Promise<unknown>) => p.then(() => null, (e: { fieldErrors?: unknown; details?: { stale?: boolean } }) => (e.details?.stale ? e.fieldErrors : 'not stale'))

beforeAll(async () => {
  providerId = (await prisma.agency.create({ data: { code: `CONFIRM-${Date.now()}`, name: 'Confirm provider', kind: 'THIRD_SECTOR' } })).id
  const otherId = (await prisma.agency.create({ data: { code: `CONFIRM2-${Date.now()}`, name: 'Other provider', kind: 'THIRD_SECTOR' } })).id
  coordinator = await actorOf(await createUser(prisma, { agencyId: providerId, roles: ['COSA_COORDINATOR'] }))
  otherCoordinator = await actorOf(await createUser(prisma, { agencyId: otherId, roles: ['COSA_COORDINATOR'] }))
  personId = (await createOffender(prisma)).id
  const referral = await prisma.cosaReferral.create({ data: { offenderId: personId, providerAgencyId: providerId, referredById: coordinator.userId, programme: 'COMMUNITY', eligibility: 'e', suitability: 's', consentToShare: true, status: 'ACCEPTED' } })
  circleId = (await prisma.circle.create({ data: { providerAgencyId: providerId, coreMemberId: personId, referralId: referral.id, coordinatorId: coordinator.userId, programme: 'COMMUNITY', status: 'ACTIVE' } })).id
})

async function place(name: string, withAccount = false, daysAhead = 10) {
  const user = withAccount ? await createUser(prisma, { agencyId: providerId, roles: ['COSA_VOLUNTEER'] }) : null
  const volunteer = await prisma.cosaVolunteer.create({ data: { agencyId: providerId, userId: user?.id ?? null, firstName: name, lastName: 'Confirm', email: `${name}-${Date.now()}@example.org`, dateOfBirth: new Date('1970-01-01'), homeArea: 'Bangor', stage: 'ACTIVE', referencesReceived: 2, dbsExpiresOn: addYears(new Date(), 2), trainingCompletedOn: subYears(new Date(), 1) } })
  const startsAt = addDays(new Date(), daysAhead)
  const meeting = await prisma.circleMeeting.create({ data: { circleId, startsAt, endsAt: new Date(startsAt.getTime() + 90 * 60_000) } })
  const assignment = await prisma.circleAssignment.create({ data: { meetingId: meeting.id, volunteerId: volunteer.id, assignedById: coordinator.userId } })
  return { meetingId: meeting.id, assignmentId: assignment.id, user }
}
const responseOf = async (id: string) => (await prisma.circleAssignment.findUniqueOrThrow({ where: { id } })).response

describe('a coordinator recording a volunteer’s confirmation', () => {
  it('confirms a place of a volunteer without an account, once, audited as the coordinator’s', async () => {
    const p = await place('Nerys')
    await confirmPlaceForVolunteer(coordinator, p)
    expect(await responseOf(p.assignmentId)).toBe('CONFIRMED')
    expect(await prisma.auditEvent.count({ where: { action: 'cosa.rota.confirm', subjectId: p.meetingId, actorUserId: coordinator.userId, offenderId: personId } })).toBe(1)
    expect(await failure(confirmPlaceForVolunteer(coordinator, p))).toEqual({ _form: ['placeAlreadyConfirmed'] })
  })

  it('is refused for another provider, a declined place, a place taken off, a started meeting; changes nothing', async () => {
    const p = await place('Gethin', true)
    expect(await failure(confirmPlaceForVolunteer(otherCoordinator, p))).toBe('NOT_FOUND')
    await respondToAssignment(await actorOf(p.user!), { assignmentId: p.assignmentId, response: 'DECLINED', reason: 'Away that week' })
    // Said as a stale page's refusal, at the top of a page posted without the script (break 68 F1), for a take-off too.
    expect(await staleRefusal(confirmPlaceForVolunteer(coordinator, p))).toEqual({ _form: ['volunteerAlreadyDeclined'] })
    expect(await staleRefusal(unassignVolunteer(coordinator, { ...p, reason: 'Moved away', confirm: 'on' }))).toEqual({ _form: ['volunteerAlreadyDeclined'] })
    expect(await responseOf(p.assignmentId)).toBe('DECLINED')

    const off = await place('Lowri')
    await unassignVolunteer(coordinator, { ...off, reason: 'Moved away', confirm: 'on' })
    expect(await failure(confirmPlaceForVolunteer(coordinator, off))).toEqual({ _form: ['alreadyTakenOff'] })
    const started = await place('Iolo', false, 0)
    await prisma.circleMeeting.update({ where: { id: started.meetingId }, data: { startsAt: new Date(Date.now() - 60_000) } })
    expect(await failure(confirmPlaceForVolunteer(coordinator, started))).toEqual({ _form: ['meetingStarted'] })
    expect(await responseOf(started.assignmentId)).toBe('PENDING')
  })

  it('is refused for a volunteer whose account a restriction list on the core member leaves out', async () => {
    const p = await place('Rhodri', true)
    const listed = await place('Mererid', true)
    // The coordinator is on the list too: a circle they may not see is not theirs to staff at all.
    await prisma.accessRestriction.createMany({ data: [listed.user!.id, coordinator.userId].map((userId) => ({ offenderId: personId, kind: 'RESTRICTION' as const, userId, reason: 'High-profile case' })) })
    expect(await staleRefusal(confirmPlaceForVolunteer(coordinator, p))).toEqual({ _form: ['volunteerMayNoLongerServe'] })
    expect(await responseOf(p.assignmentId)).toBe('PENDING')
    await confirmPlaceForVolunteer(coordinator, listed)
    expect(await responseOf(listed.assignmentId)).toBe('CONFIRMED')
    await prisma.accessRestriction.deleteMany({ where: { offenderId: personId, kind: 'RESTRICTION' } })
  })

  it('is refused for a volunteer whose account the core member’s exclusion list keeps out', async () => {
    const p = await place('Heledd', true)
    await prisma.accessRestriction.create({ data: { offenderId: personId, kind: 'EXCLUSION', userId: p.user!.id, reason: 'Neighbour of the family' } })
    expect(await staleRefusal(confirmPlaceForVolunteer(coordinator, p))).toEqual({ _form: ['volunteerMayNoLongerServe'] })
    expect(await responseOf(p.assignmentId)).toBe('PENDING')
  })
})
