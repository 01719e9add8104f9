import { beforeAll, describe, expect, it } from 'vitest'
import type { ZodError } from 'zod'
import { prisma } from '../../../src/server/db'
import { beginCircleEnding, closeCircle, recordCircleReview, recordQuestionnaire, returnCircleToRunning } from '../../../src/server/cosa/circle-life'
import { activateCircle, getCircle, setUpCircle } from '../../../src/server/cosa/circles'
import { circleRecord } from '../../../src/server/cosa/circle-record'
import type { Actor } from '../../../src/server/policy'
import { issueKey } from '../../../src/server/validation-messages'
import { createOffender, createUser } from '../../factories'
import { inDays, meetingDay, pattern as patternOf, startedCircle as startedCircleOf, today, version as versionOf } from './started-circle'
import { actorOf } from '../../support/actor'

// Issue 16 item 11: a circle started today whose first meeting is weeks ahead could be put into its ending phase
// but never closed: its end review and questionnaire were "before the circle started" (its first meeting) and, if
// dated then, "in the future". One model: started, first meeting, pattern since, ending, ended — every path below.
// The paths and their tests (cosa17 item 1):
//   forming → running, first meeting ahead   'records the day it started, before its first meeting'
//   pattern set or changed                   'gives a changed pattern of a running circle its own "since" date…',
//                                            'dates a forming or not yet met circle’s pattern…', 'changes a running
//                                            circle’s day…', 'still moves the first meeting…'; cosa-gaps (meetings)
//   begin ending, date ahead                 'begins ending from a date ahead…'; cosa-last 'an ending begun…'
//   pattern while ending                     'keeps the pattern while ending'
//   return to running                        'returns an ending circle to running…'
//   end review, questionnaire, close         'takes no end review or questionnaire before its ending date…',
//                                            'ends from today, takes the end review and questionnaire today and closes…'
//   closed, never met                        cosa-last 'says a closed circle that never met never met…'
let coordinator: Actor
let provider: { id: string }
let circleId: string
let outerId: string
const iso = (d: Date) => d.toISOString().slice(0, 10)
const version = async (id = circleId) => versionOf(id)
const issues = (e: unknown) => Object.fromEntries((e as ZodError).issues.map((i) => [i.path.join('.'), issueKey(i).key]))
const pattern = async (id = circleId, startDate = meetingDay()) => patternOf(id, startDate)
const answers = { feltSupported: 4, lessIsolated: 3, copingBetter: 3, confidentFuture: 4 }
const endReview = (id: string, outer: string, heldOn: string) => recordCircleReview(coordinator, { circleId: id, kind: 'END', heldOn, outerMemberIds: [outer], progress: 'Ended early: moved out of area.', nextReviewOn: '' })
const startedCircle = () => startedCircleOf(coordinator, provider)

beforeAll(async () => {
  provider = await prisma.agency.create({ data: { code: `DATES-${Date.now()}`, name: 'Dates provider', kind: 'THIRD_SECTOR' } })
  coordinator = await actorOf(await createUser(prisma, { agencyId: provider.id, roles: ['COSA_COORDINATOR'] }))
  const c = await startedCircle()
  circleId = c.id
  outerId = c.outer
})

describe('a circle’s dates', () => {
  it('records the day it started, before its first meeting', async () => {
    const circle = await prisma.circle.findUniqueOrThrow({ where: { id: circleId } })
    expect([iso(circle.startedOn!), iso(circle.startDate!)]).toEqual([today, meetingDay()])
  })

  it('takes a review dated after it started though before its first meeting, never one before it started or ahead', async () => {
    const review = { circleId, kind: 'QUARTERLY', outerMemberIds: [outerId], progress: 'Getting ready.', nextReviewOn: inDays(90) }
    await expect(recordCircleReview(coordinator, { ...review, heldOn: inDays(-1) })).rejects.toMatchObject({ fieldErrors: { heldOn: ['beforeCircleStart'] } })
    expect(issues(await recordCircleReview(coordinator, { ...review, heldOn: inDays(1) }).catch((e: unknown) => e))).toEqual({ heldOn: 'notInFuture' })
    await recordCircleReview(coordinator, { ...review, heldOn: today })
  })

  it('begins ending from a date ahead, but not before it started', async () => {
    await expect(beginCircleEnding(coordinator, { circleId, version: await version(), endingReason: 'Moved away', endingFrom: inDays(-1), confirm: 'on' })).rejects.toMatchObject({ fieldErrors: { endingFrom: ['beforeCircleStart'] } })
    await beginCircleEnding(coordinator, { circleId, version: await version(), endingReason: 'Moved away', endingFrom: inDays(14), confirm: 'on' })
  })

  it('keeps the pattern while ending', async () => {
    await expect(setUpCircle(coordinator, await pattern())).rejects.toMatchObject({ fieldErrors: { _form: ['patternWhileEnding'] } })
  })

  it('takes no end review or questionnaire before its ending date, and does not close before it (walk-through finding 4)', async () => {
    // Not yet open: the circle is still running until its ending date (cosa16 item 1), with the page's message.
    await expect(endReview(circleId, outerId, today)).rejects.toMatchObject({ fieldErrors: { _form: ['endingNotOpenYet'] } })
    await expect(recordQuestionnaire(coordinator, { circleId, completedOn: today, ...answers })).rejects.toMatchObject({ fieldErrors: { _form: ['endingNotOpenYet'] } })
    // Dated on the ending date, they would be in the future.
    expect(issues(await endReview(circleId, outerId, inDays(14)).catch((e: unknown) => e))).toEqual({ heldOn: 'notInFuture' })
    // Even with both recorded (as they could have been before this rule), it does not close before its ending date.
    await prisma.circleReview.create({ data: { circleId, kind: 'END', heldOn: new Date(`${today}T00:00:00Z`), attendees: [], progress: 'p', recordedById: coordinator.userId } })
    await prisma.circleQuestionnaire.create({ data: { circleId, completedOn: new Date(`${today}T00:00:00Z`), ...answers, comments: null, recordedById: coordinator.userId } })
    await expect(closeCircle(coordinator, { circleId, version: await version() })).rejects.toMatchObject({ fieldErrors: { _form: ['endingNotOpenYet'] } })
    expect((await prisma.circle.findUniqueOrThrow({ where: { id: circleId } })).status).toBe('ENDING')
  })

  // Walk 41 F2: a circle ending before its first meeting could be closed only with an end review and four invented
  // questionnaire scores; it closes with its ending reason, its questionnaire "not completed".
  it('ends from today and closes with its reason alone, though its first meeting never came; without an end review or questionnaire', async () => {
    const { id } = await startedCircle()
    await beginCircleEnding(coordinator, { circleId: id, version: await version(id), endingReason: 'Moved away', endingFrom: today, confirm: 'on' })
    await expect(recordQuestionnaire(coordinator, { circleId: id, completedOn: inDays(-1), ...answers })).rejects.toMatchObject({ fieldErrors: { completedOn: ['beforeCircleStart'] } })
    expect((await circleRecord(coordinator, id)).hasMet).toBe(false)
    await closeCircle(coordinator, { circleId: id, version: await version(id) })
    const circle = await prisma.circle.findUniqueOrThrow({ where: { id }, include: { questionnaire: true } })
    expect([circle.status, iso(circle.startedOn!), iso(circle.endingFrom!), iso(circle.closedOn!), circle.endingReason, circle.questionnaire]).toEqual(['CLOSED', today, today, today, 'Moved away', null])
  })

  it('still needs the end review and questionnaire of a circle that has met', async () => {
    const { id, outer } = await startedCircle()
    const held = new Date(Date.now() - 3_600_000)
    await prisma.circleMeeting.create({ data: { circleId: id, startsAt: held, endsAt: new Date(held.getTime() + 90 * 60_000) } })
    await beginCircleEnding(coordinator, { circleId: id, version: await version(id), endingReason: 'Moved away', endingFrom: today, confirm: 'on' })
    await expect(closeCircle(coordinator, { circleId: id, version: await version(id) })).rejects.toMatchObject({ fieldErrors: { _form: ['endReviewNeeded'] } })
    await endReview(id, outer, today)
    await expect(closeCircle(coordinator, { circleId: id, version: await version(id) })).rejects.toMatchObject({ fieldErrors: { _form: ['questionnaireNeeded'] } })
    await recordQuestionnaire(coordinator, { circleId: id, completedOn: today, ...answers })
    await closeCircle(coordinator, { circleId: id, version: await version(id) })
    expect((await prisma.circle.findUniqueOrThrow({ where: { id } })).status).toBe('CLOSED')
  })

  it('changes a running circle’s day without re-entering its past start, which no other past date may replace (finding 3)', async () => {
    const { id } = await startedCircle()
    await prisma.circle.update({ where: { id }, data: { startDate: new Date(`${inDays(-14)}T00:00:00Z`) } })
    // Its start is now fixed (COSA break test item 3): neither back nor forward past the meetings already held.
    await expect(setUpCircle(coordinator, await pattern(id, inDays(-7)))).rejects.toMatchObject({ fieldErrors: { startDate: ['startDateFixed'] } })
    await expect(setUpCircle(coordinator, await pattern(id, inDays(21)))).rejects.toMatchObject({ fieldErrors: { startDate: ['startDateFixed'] } })
    await setUpCircle(coordinator, { ...(await pattern(id, inDays(-14))), weekday: '3' })
    const circle = await prisma.circle.findUniqueOrThrow({ where: { id } })
    expect([circle.weekday, iso(circle.startDate!)]).toEqual([3, inDays(-14)])
  })

  // cosa17 item 1: the circle's start was also the pattern's "from" date, so after a running circle's day changed its
  // page said "Pattern since" the first meeting weeks ago. The pattern now has a date of its own.
  it('gives a changed pattern of a running circle its own "since" date, its next meeting day, and keeps its start', async () => {
    const { id } = await startedCircle()
    await prisma.circle.update({ where: { id }, data: { startDate: new Date(`${inDays(-14)}T00:00:00Z`), patternFrom: new Date(`${inDays(-14)}T00:00:00Z`) } })
    const firstMeeting = (await setUpCircle(coordinator, { ...(await pattern(id, inDays(-14))), weekday: '3' })).firstMeeting!
    const circle = await getCircle(coordinator, id)
    expect([iso(circle.startDate!), iso(circle.patternFrom!), iso(circle.dates.patternSince!)]).toEqual([inDays(-14), firstMeeting, firstMeeting])
    expect(firstMeeting >= today && firstMeeting <= inDays(6)).toBe(true)
    // Saved again unchanged (the venue only): the pattern still dates from when it changed.
    await setUpCircle(coordinator, { ...(await pattern(id, inDays(-14))), weekday: '3', venue: 'Neuadd y Dref', venueRiskAssessedOn: inDays(-1) })
    expect(iso((await prisma.circle.findUniqueOrThrow({ where: { id } })).patternFrom!)).toBe(firstMeeting)
  })

  it('dates a forming or not yet met circle’s pattern from its first meeting, moving with it', async () => {
    const { id } = await startedCircle()
    expect(iso((await prisma.circle.findUniqueOrThrow({ where: { id } })).patternFrom!)).toBe(meetingDay())
    await setUpCircle(coordinator, await pattern(id, meetingDay(1)))
    const circle = await prisma.circle.findUniqueOrThrow({ where: { id } })
    expect(iso(circle.patternFrom!)).toBe(iso(circle.startDate!))
  })

  it('still moves the first meeting of a running circle while it is ahead (COSA break test item 3)', async () => {
    const { id } = await startedCircle()
    await setUpCircle(coordinator, await pattern(id, inDays(35)))
    expect(iso((await prisma.circle.findUniqueOrThrow({ where: { id } })).startDate!) >= inDays(35)).toBe(true)
  })

  it('does not start a circle whose first meeting has already passed', async () => {
    const person = await createOffender(prisma)
    const referral = await prisma.cosaReferral.create({ data: { offenderId: person.id, providerAgencyId: provider.id, referredById: coordinator.userId, programme: 'COMMUNITY', eligibility: 'e', suitability: 's', consentToShare: true, status: 'ACCEPTED' } })
    const id = (await prisma.circle.create({ data: { providerAgencyId: provider.id, coreMemberId: person.id, referralId: referral.id, coordinatorId: coordinator.userId, programme: 'COMMUNITY', venue: 'Neuadd', venueRiskAssessedOn: new Date(), weekday: 2, startTime: '19:00', startDate: new Date(`${inDays(-3)}T00:00:00Z`) } })).id
    await expect(activateCircle(coordinator, { circleId: id, version: await version(id) })).rejects.toMatchObject({ fieldErrors: { _form: ['firstMeetingBeforeStart'] } })
  })

  it('keeps the ending date within the planned end, or six months without one, and not in the past (COSA break test item 4)', async () => {
    const { id } = await startedCircle()
    const ending = async (endingFrom: string) => beginCircleEnding(coordinator, { circleId: id, version: await version(id), endingReason: 'Moving away', endingFrom, confirm: 'on' })
    await expect(ending('2099-12-31')).rejects.toMatchObject({ fieldErrors: { endingFrom: ['endingAfterPlannedEnd'] } })
    await prisma.circle.update({ where: { id }, data: { startedOn: new Date(`${inDays(-30)}T00:00:00Z`) } })
    await expect(ending(inDays(-1))).rejects.toMatchObject({ fieldErrors: { endingFrom: ['notInPast'] } })
    await prisma.circle.update({ where: { id }, data: { plannedEndDate: null } })
    await expect(ending(inDays(200))).rejects.toMatchObject({ fieldErrors: { endingFrom: ['endingTooFarAhead'] } })
    await ending(inDays(150))
    expect((await prisma.circle.findUniqueOrThrow({ where: { id } })).status).toBe('ENDING')
  })

  it('says an ending circle ends from its ending date, and that it ends before the first meeting its pattern gives (walk 20, D11)', async () => {
    const { id } = await startedCircle()
    expect((await getCircle(coordinator, id)).dates.endsBeforeFirst).toBe(false)
    await beginCircleEnding(coordinator, { circleId: id, version: await version(id), endingReason: 'Moved away', endingFrom: today, confirm: 'on' })
    const c = await getCircle(coordinator, id)
    expect({ to: iso(c.span.to!), toKind: c.span.toKind }).toEqual({ to: today, toKind: 'ending' })
    expect(c.dates).toMatchObject({ firstMeeting: null, plannedFirst: null, endsBeforeFirst: true })
  })

  it('returns an ending circle to running, audited, until its end review or questionnaire is recorded (item 4)', async () => {
    const { id, outer } = await startedCircle()
    const begin = async () => beginCircleEnding(coordinator, { circleId: id, version: await version(id), endingReason: 'Moving away', endingFrom: today, confirm: 'on' })
    await begin()
    await returnCircleToRunning(coordinator, { circleId: id, version: await version(id) })
    const circle = await prisma.circle.findUniqueOrThrow({ where: { id } })
    expect([circle.status, circle.endingFrom, circle.endingReason]).toEqual(['ACTIVE', null, null])
    expect(await prisma.auditEvent.count({ where: { action: 'cosa.circle.ending.undo', subjectId: id } })).toBe(1)
    await expect(returnCircleToRunning(coordinator, { circleId: id, version: await version(id) })).rejects.toMatchObject({ fieldErrors: { _form: ['circleNotEnding'] }, details: { stale: true } })
    await begin()
    await endReview(id, outer, today)
    await expect(returnCircleToRunning(coordinator, { circleId: id, version: await version(id) })).rejects.toMatchObject({ fieldErrors: { _form: ['endingAlreadyRecorded'] }, details: { stale: true } })
  })
})
