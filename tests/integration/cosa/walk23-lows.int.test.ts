import { addMinutes } from 'date-fns'
import { beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '../../../src/server/db'
import { closeCircle } from '../../../src/server/cosa/circle-life'
import { listCircles, setUpCircle } from '../../../src/server/cosa/circles'
import { changeVolunteerStage } from '../../../src/server/cosa/volunteers'
import type { Actor } from '../../../src/server/policy'
import { createOffender } from '../../factories'
import { coordinatorOfNewProvider, inDays, pattern, startedCircle, version } from './started-circle'
import { shown } from '../../support/shown-rows'

// Walk 23 of issue 16, the lows the server decides: D4 (a pause's confirmation did not say whose circle each meeting
// is), D6 (the circles list said "Withdrawn" without why), D8 (a venue-only change named "the first meeting under this
// pattern"). The wording itself: cosa-wording.test.ts; the screens: cosa-break.spec.ts.
let coordinator: Actor
let provider: { id: string }

beforeAll(async () => {
  ;({ provider, coordinator } = await coordinatorOfNewProvider('WALK23'))
})

describe('saving a running circle’s set-up (D8)', () => {
  it('names a first meeting only when the day, time, length, frequency or first meeting changes, not for the venue alone', async () => {
    const { id } = await startedCircle(coordinator, provider)
    expect((await setUpCircle(coordinator, { ...(await pattern(id)), venue: 'Canolfan Gymunedol Tŷ Hywel', venueRiskAssessedOn: inDays(-1) })).firstMeeting).toBeUndefined()
    expect((await setUpCircle(coordinator, { ...(await pattern(id)), venue: 'Canolfan Gymunedol Tŷ Hywel', startTime: '18:30' })).firstMeeting).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })
})

describe('the circles list (D6)', () => {
  it('gives a withdrawn circle’s reason, and none for a running one', async () => {
    const person = await createOffender(prisma)
    const referral = await prisma.cosaReferral.create({ data: { offenderId: person.id, providerAgencyId: provider.id, referredById: coordinator.userId, programme: 'COMMUNITY', eligibility: 'e', suitability: 's', consentToShare: true, status: 'ACCEPTED' } })
    const id = (await prisma.circle.create({ data: { providerAgencyId: provider.id, coreMemberId: person.id, referralId: referral.id, coordinatorId: coordinator.userId, programme: 'COMMUNITY' } })).id
    await closeCircle(coordinator, { circleId: id, version: await version(id), withdrawnReason: 'Core member withdrew consent', confirm: 'on' })
    const listed = shown(await listCircles(coordinator))
    expect(listed.find((c) => c.id === id)?.withdrawnReason).toBe('Core member withdrew consent')
    expect(listed.filter((c) => c.status === 'ACTIVE').every((c) => c.withdrawnReason === null)).toBe(true)
  })
})

describe('pausing a volunteer in two circles that meet at one hour (D4)', () => {
  it('lists each meeting it gives up with its circle', async () => {
    const a = await startedCircle(coordinator, provider)
    const b = await startedCircle(coordinator, provider)
    const volunteerId = (await prisma.circleMember.findFirstOrThrow({ where: { circleId: a.id } })).volunteerId
    await prisma.circleMember.create({ data: { circleId: b.id, volunteerId, kind: 'REGULAR', joinedOn: new Date() } })
    const at = new Date(Date.now() + 30 * 86_400_000)
    for (const circleId of [a.id, b.id]) {
      const meetingId = (await prisma.circleMeeting.create({ data: { circleId, startsAt: at, endsAt: addMinutes(at, 90) } })).id
      await prisma.circleAssignment.create({ data: { meetingId, volunteerId, assignedById: coordinator.userId } })
    }
    const v = await prisma.cosaVolunteer.findUniqueOrThrow({ where: { id: volunteerId } })
    const asked = await changeVolunteerStage(coordinator, { volunteerId, version: v.version, toStage: 'PAUSED' }).then(() => null, (e: { details?: { stageReleases?: { meetings: string[]; circles: string[] } } }) => e.details?.stageReleases)
    expect(asked?.meetings).toHaveLength(2)
    expect([...(asked?.circles ?? [])].sort()).toEqual([a.id, b.id].sort())
  })
})
