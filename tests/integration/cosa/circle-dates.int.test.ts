import { addDays, addYears, subDays, subYears } from 'date-fns'
import { beforeAll, describe, expect, it } from 'vitest'
import type { ZodError } from 'zod'
import { prisma } from '../../../src/server/db'
import { addOuterMember, beginCircleEnding, closeCircle, recordCircleReview, recordQuestionnaire } from '../../../src/server/cosa/circle-life'
import { circleRecord } from '../../../src/server/cosa/circle-record'
import { activateCircle, setUpCircle } from '../../../src/server/cosa/circles'
import type { Actor } from '../../../src/server/policy'
import { issueKey } from '../../../src/server/validation-messages'
import { todayInLondon } from '../../../src/lib/dates'
import { createOffender, createUser } from '../../factories'
import { actorOf } from '../../support/actor'

// Issue 16 item 11: a circle started today whose first meeting is weeks ahead could be put into its ending phase
// but never closed: its end review and questionnaire were "before the circle started" (its first meeting) and, if
// dated then, "in the future". One model: started, first meeting, ending, ended — every path below.
let coordinator: Actor
let circleId: string
let outerId: string
const iso = (d: Date) => d.toISOString().slice(0, 10)
const today = todayInLondon()
const inDays = (n: number) => iso(addDays(new Date(`${today}T00:00:00Z`), n))
const version = async () => (await prisma.circle.findUniqueOrThrow({ where: { id: circleId } })).version
const issues = (e: unknown) => Object.fromEntries((e as ZodError).issues.map((i) => [i.path.join('.'), issueKey(i).key]))
const pattern = async () => ({ circleId, version: await version(), venue: 'Neuadd', venueRiskAssessedOn: today, weekday: '2', startTime: '19:00', minutes: '90', everyWeeks: '1', startDate: inDays(28), plannedEndDate: inDays(400) })

beforeAll(async () => {
  const provider = await prisma.agency.create({ data: { code: `DATES-${Date.now()}`, name: 'Dates provider', kind: 'THIRD_SECTOR' } })
  coordinator = await actorOf(await createUser(prisma, { agencyId: provider.id, roles: ['COSA_COORDINATOR'] }))
  const person = await createOffender(prisma)
  const referral = await prisma.cosaReferral.create({ data: { offenderId: person.id, providerAgencyId: provider.id, referredById: coordinator.userId, programme: 'COMMUNITY', eligibility: 'e', suitability: 's', consentToShare: true, status: 'ACCEPTED' } })
  circleId = (await prisma.circle.create({ data: { providerAgencyId: provider.id, coreMemberId: person.id, referralId: referral.id, coordinatorId: coordinator.userId, programme: 'COMMUNITY' } })).id
  for (let n = 0; n < 4; n++) {
    const v = await prisma.cosaVolunteer.create({
      data: { agencyId: provider.id, firstName: `D${n}`, lastName: 'Dates', email: `d${n}@example.org`, dateOfBirth: new Date('1970-01-01'), homeArea: 'Rhyl', stage: 'ACTIVE', referencesReceived: 2, dbsExpiresOn: addYears(new Date(), 2), trainingCompletedOn: subYears(new Date(), 1), availability: { create: { weekday: 2, fromTime: '18:00', toTime: '21:30' } } },
    })
    await prisma.circleMember.create({ data: { circleId, volunteerId: v.id, kind: 'REGULAR', joinedOn: subDays(new Date(), 7) } })
  }
  await setUpCircle(coordinator, await pattern())
  await activateCircle(coordinator, { circleId, version: await version() })
  await addOuterMember(coordinator, { circleId, agencyId: person.responsibleAgencyId, name: 'Siân Officer', role: 'Offender manager', email: '' })
  outerId = (await circleRecord(coordinator, circleId)).outerMembers[0]!.id
})

describe('a circle’s dates', () => {
  it('records the day it started, before its first meeting', async () => {
    const circle = await prisma.circle.findUniqueOrThrow({ where: { id: circleId } })
    expect([iso(circle.startedOn!), iso(circle.startDate!)]).toEqual([today, inDays(28)])
  })

  it('takes a review dated after it started though before its first meeting, never one before it started or ahead', async () => {
    const review = { circleId, kind: 'QUARTERLY', outerMemberIds: [outerId], progress: 'Getting ready.', nextReviewOn: inDays(90) }
    await expect(recordCircleReview(coordinator, { ...review, heldOn: inDays(-1) })).rejects.toMatchObject({ fieldErrors: { heldOn: ['beforeCircleStart'] } })
    expect(issues(await recordCircleReview(coordinator, { ...review, heldOn: inDays(1) }).catch((e: unknown) => e))).toEqual({ heldOn: 'notInFuture' })
    await recordCircleReview(coordinator, { ...review, heldOn: today })
  })

  it('begins ending from a date ahead, but not before it started', async () => {
    await expect(beginCircleEnding(coordinator, { circleId, version: await version(), endingReason: 'Moved away', endingFrom: inDays(-1) })).rejects.toMatchObject({ fieldErrors: { endingFrom: ['beforeCircleStart'] } })
    await beginCircleEnding(coordinator, { circleId, version: await version(), endingReason: 'Moved away', endingFrom: inDays(14) })
  })

  it('keeps the pattern while ending', async () => {
    await expect(setUpCircle(coordinator, await pattern())).rejects.toMatchObject({ fieldErrors: { _form: ['patternWhileEnding'] } })
  })

  it('takes the end review and questionnaire today and closes, though its first meeting never came', async () => {
    await expect(recordQuestionnaire(coordinator, { circleId, completedOn: inDays(-1), feltSupported: 3, lessIsolated: 3, copingBetter: 3, confidentFuture: 3 })).rejects.toMatchObject({ fieldErrors: { completedOn: ['beforeCircleStart'] } })
    await recordCircleReview(coordinator, { circleId, kind: 'END', heldOn: today, outerMemberIds: [outerId], progress: 'Ended early: moved out of area.', nextReviewOn: '' })
    await recordQuestionnaire(coordinator, { circleId, completedOn: today, feltSupported: 4, lessIsolated: 3, copingBetter: 3, confidentFuture: 4 })
    await closeCircle(coordinator, { circleId, version: await version() })
    const circle = await prisma.circle.findUniqueOrThrow({ where: { id: circleId } })
    expect([circle.status, iso(circle.closedOn!)]).toEqual(['CLOSED', today])
  })
})
