import { addDays, addYears, subDays, subYears } from 'date-fns'
import { beforeAll, describe, expect, it } from 'vitest'
import type { ZodError } from 'zod'
import { prisma } from '../../../src/server/db'
import { addOuterMember, beginCircleEnding, closeCircle, recordCircleReview, recordQuestionnaire, removeOuterMember, setAgreedGoals } from '../../../src/server/cosa/circle-life'
import { circleRecord } from '../../../src/server/cosa/circle-record'
import type { Actor } from '../../../src/server/policy'
import { issueKey } from '../../../src/server/validation-messages'
import { createUser } from '../../factories'
import { actorOf } from '../../support/actor'
import { buildWorld, type World } from '../../support/world'

let w: World
let coordinator: Actor
let otherCoordinator: Actor
let circleId: string
let outerId: string
const issues = (e: unknown) => Object.fromEntries((e as ZodError).issues.map((i) => [i.path.join('.'), issueKey(i).key]))
const iso = (d: Date) => d.toISOString().slice(0, 10)
const today = () => iso(new Date())
const version = async () => (await prisma.circle.findUniqueOrThrow({ where: { id: circleId } })).version

beforeAll(async () => {
  w = await buildWorld()
  const provider = await prisma.agency.create({ data: { code: `LIFE-${w.nps.code}`, name: 'Life provider', kind: 'THIRD_SECTOR' } })
  const other = await prisma.agency.create({ data: { code: `LIFE2-${w.nps.code}`, name: 'Other provider', kind: 'THIRD_SECTOR' } })
  coordinator = await actorOf(await createUser(prisma, { agencyId: provider.id, roles: ['COSA_COORDINATOR'] }))
  otherCoordinator = await actorOf(await createUser(prisma, { agencyId: other.id, roles: ['COSA_COORDINATOR'] }))
  const referral = await prisma.cosaReferral.create({ data: { offenderId: w.people.mine.id, providerAgencyId: provider.id, referredById: w.staff.officer.id, programme: 'COMMUNITY', eligibility: 'e', suitability: 's', consentToShare: true, status: 'ACCEPTED' } })
  circleId = (await prisma.circle.create({ data: { providerAgencyId: provider.id, coreMemberId: w.people.mine.id, referralId: referral.id, coordinatorId: coordinator.userId, programme: 'COMMUNITY', status: 'ACTIVE', startDate: subYears(new Date(), 1) } })).id
  const v = await prisma.cosaVolunteer.create({ data: { agencyId: provider.id, firstName: 'Dewi', lastName: 'P', email: 'd@example.org', dateOfBirth: new Date('1970-01-01'), homeArea: 'Rhyl', stage: 'ACTIVE', dbsExpiresOn: addYears(new Date(), 2), trainingCompletedOn: subYears(new Date(), 1) } })
  await prisma.circleMember.create({ data: { circleId, volunteerId: v.id, kind: 'REGULAR', joinedOn: subYears(new Date(), 1) } })
  await prisma.circleMeeting.create({ data: { circleId, startsAt: addDays(new Date(), 7), endsAt: addDays(new Date(), 7.06) } })
  // A circle that has met: closing it needs the end review and questionnaire (one that never met: circle-dates).
  await prisma.circleMeeting.create({ data: { circleId, startsAt: addDays(new Date(), -7), endsAt: addDays(new Date(), -6.94) } })
})

describe('a circle’s life', () => {
  it('keeps the agreed goals, refusing bad input and other providers', async () => {
    expect(issues(await setAgreedGoals(coordinator, { circleId, version: 1, agreedGoals: '', goalsAgreedOn: iso(addDays(new Date(), 3)) }).catch((e: unknown) => e))).toEqual({ agreedGoals: 'required', goalsAgreedOn: 'notInFuture' })
    await expect(setAgreedGoals(otherCoordinator, { circleId, version: 1, agreedGoals: 'x', goalsAgreedOn: today() })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(setAgreedGoals(w.actors.officer, { circleId, version: 1, agreedGoals: 'x', goalsAgreedOn: today() })).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await setAgreedGoals(coordinator, { circleId, version: 1, agreedGoals: 'Stay in work; find a flat.', goalsAgreedOn: today() })
    await expect(setAgreedGoals(coordinator, { circleId, version: 1, agreedGoals: 'stale', goalsAgreedOn: today() })).rejects.toMatchObject({ code: 'CONFLICT' })
    expect((await circleRecord(coordinator, circleId)).agreedGoals).toBe('Stay in work; find a flat.')
  })

  it('names the outer circle and reviews quarterly with it', async () => {
    expect(issues(await addOuterMember(coordinator, { circleId, agencyId: '', name: '', role: 'OM', email: 'nope' }).catch((e: unknown) => e))).toEqual({ agencyId: 'chooseOption', name: 'required', email: 'invalidEmail' })
    await addOuterMember(coordinator, { circleId, agencyId: w.nps.id, name: 'Siân Officer', role: 'Offender manager', email: '' })
    outerId = (await circleRecord(coordinator, circleId)).outerMembers[0]!.id
    const review = { circleId, kind: 'QUARTERLY', heldOn: today(), outerMemberIds: [outerId], progress: 'Settled; no concerns.', nextReviewOn: iso(addDays(new Date(), 90)) }
    expect(issues(await recordCircleReview(coordinator, { ...review, outerMemberIds: [], nextReviewOn: '' }).catch((e: unknown) => e))).toEqual({ outerMemberIds: 'outerCircleRequired', nextReviewOn: 'required' })
    await expect(recordCircleReview(coordinator, { ...review, kind: 'END' })).rejects.toMatchObject({ fieldErrors: { kind: ['endReviewOnlyEnding'] } })
    await expect(recordCircleReview(coordinator, { ...review, heldOn: iso(subYears(new Date(), 2)) })).rejects.toMatchObject({ fieldErrors: { heldOn: ['beforeCircleStart'] } })
    await recordCircleReview(coordinator, review)
    await removeOuterMember(coordinator, { circleId, outerMemberId: outerId })
    // A second coordinator's page still listed them: told it is recorded already, not that nothing exists (break 37 O5).
    await expect(removeOuterMember(coordinator, { circleId, outerMemberId: outerId })).rejects.toMatchObject({ fieldErrors: { _form: ['outerMemberRemoved'] }, details: { stale: true } })
    await expect(removeOuterMember(coordinator, { circleId, outerMemberId: crypto.randomUUID() })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    const record = await circleRecord(coordinator, circleId)
    expect(record.outerMembers).toEqual([])
    expect(record.reviews[0]!.attendees).toEqual([`Siân Officer (Offender manager, ${w.nps.name})`])
    await expect(recordCircleReview(coordinator, review)).rejects.toMatchObject({ fieldErrors: { outerMemberIds: ['chooseOption'] } })
  })

  it('ends: ending phase, end review, questionnaire, then closing cancels coming meetings and frees the volunteers', async () => {
    await expect(recordQuestionnaire(coordinator, { circleId, completedOn: today(), feltSupported: 5, lessIsolated: 4, copingBetter: 4, confidentFuture: 3 })).rejects.toMatchObject({ fieldErrors: { _form: ['questionnaireOnlyEnding'] } })
    await beginCircleEnding(coordinator, { circleId, version: await version(), endingReason: 'Planned year complete.', endingFrom: today(), confirm: 'on' })
    await expect(beginCircleEnding(coordinator, { circleId, version: await version(), endingReason: 'again', endingFrom: today(), confirm: 'on' })).rejects.toMatchObject({ fieldErrors: { _form: ['alreadyEnding'] } })
    await expect(closeCircle(coordinator, { circleId, version: await version() })).rejects.toMatchObject({ fieldErrors: { _form: ['endReviewNeeded'] } })
    await addOuterMember(coordinator, { circleId, agencyId: w.nps.id, name: 'Siân Officer', role: 'Offender manager', email: 'sian@example.org' })
    const outer = (await circleRecord(coordinator, circleId)).outerMembers[0]!.id
    await recordCircleReview(coordinator, { circleId, kind: 'END', heldOn: today(), outerMemberIds: [outer], progress: 'Ready to move on.', nextReviewOn: '' })
    // One end review per circle (walk-through D10 of issue 16: "End review" was still offered after one was recorded).
    await expect(recordCircleReview(coordinator, { circleId, kind: 'END', heldOn: today(), outerMemberIds: [outer], progress: 'Again.', nextReviewOn: '' })).rejects.toMatchObject({ fieldErrors: { kind: ['endReviewRecorded'] } })
    await expect(closeCircle(coordinator, { circleId, version: await version() })).rejects.toMatchObject({ fieldErrors: { _form: ['questionnaireNeeded'] } })
    expect(issues(await recordQuestionnaire(coordinator, { circleId, completedOn: today(), feltSupported: 6, lessIsolated: '', copingBetter: 4, confidentFuture: 3 }).catch((e: unknown) => e))).toEqual({ feltSupported: 'chooseOption', lessIsolated: 'chooseOption' })
    await recordQuestionnaire(coordinator, { circleId, completedOn: today(), feltSupported: 5, lessIsolated: 4, copingBetter: 4, confidentFuture: 3, comments: 'Thanks to everyone.' })
    await expect(closeCircle(otherCoordinator, { circleId, version: await version() })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await closeCircle(coordinator, { circleId, version: await version() })

    const circle = await prisma.circle.findUniqueOrThrow({ where: { id: circleId }, include: { members: true, meetings: true } })
    expect(circle.status).toBe('CLOSED')
    expect(circle.members.every((m) => m.leftOn)).toBe(true)
    expect(circle.meetings.filter((m) => m.startsAt > new Date()).every((m) => m.status === 'CANCELLED')).toBe(true)
    expect(circle.meetings.filter((m) => m.startsAt < new Date()).every((m) => m.status === 'SCHEDULED')).toBe(true)
    await expect(setAgreedGoals(coordinator, { circleId, version: circle.version, agreedGoals: 'x', goalsAgreedOn: iso(subDays(new Date(), 1)) })).rejects.toMatchObject({ fieldErrors: { _form: ['circleClosed'] } })
    const actions = (await prisma.auditEvent.findMany({ where: { subjectId: circleId, action: { startsWith: 'cosa.circle.' } }, select: { action: true } })).map((a) => a.action)
    expect(actions).toEqual(expect.arrayContaining(['cosa.circle.goals', 'cosa.circle.outer.add', 'cosa.circle.outer.remove', 'cosa.circle.review', 'cosa.circle.ending', 'cosa.circle.questionnaire', 'cosa.circle.close']))
  })
})
