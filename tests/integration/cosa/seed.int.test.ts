import { afterEach, describe, expect, it, vi } from 'vitest'
import { seedCosa } from '../../../prisma/seed/cosa'
import { seedRunningCircle } from '../../../prisma/seed/cosa-circle'
import { prisma } from '../../../src/server/db'
import { fitOfPattern } from '../../../src/server/cosa/circle-pattern'
import { getCircle } from '../../../src/server/cosa/circles'
import { generateRota } from '../../../src/server/cosa/rota'
import { getRota } from '../../../src/server/cosa/rota-views'
import { loadRotaInputs } from '../../../src/server/cosa/rota-inputs'
import { checkRota, MIN_VOLUNTEERS } from '../../../src/server/cosa/rota-rules'
import { localSpan } from '../../../src/server/cosa/rota-time'
import { createOffender, createUser } from '../../factories'
import { actorOf } from '../../support/actor'
import { shown } from '../../support/shown-rows'

const DAY = 86_400_000

/** The COSA demo seed for a fresh provider, run as if on the given day. */
async function seedOn(day: Date) {
  vi.useFakeTimers({ toFake: ['Date'], now: day })
  const provider = await prisma.agency.create({ data: { code: `SEED-${day.getTime()}-${Math.random().toString(36).slice(2, 8)}`, name: 'Seed provider', kind: 'THIRD_SECTOR' } })
  const coordinator = await createUser(prisma, { agencyId: provider.id, roles: ['COSA_COORDINATOR'] })
  const volunteerUser = await createUser(prisma, { agencyId: provider.id, roles: ['COSA_VOLUNTEER'] })
  await seedCosa(prisma, provider.id, volunteerUser.id)
  const person = await createOffender(prisma)
  await seedRunningCircle(prisma, { providerId: provider.id, coordinatorId: coordinator.id, offenderId: person.id, officerName: 'Elin Parry', probationAgencyId: person.responsibleAgencyId })
  vi.useRealTimers()
  return { actor: await actorOf(coordinator), circle: await prisma.circle.findFirstOrThrow({ where: { providerAgencyId: provider.id } }) }
}

afterEach(() => vi.useRealTimers())

// Issue 16 item 8: the demo circle met on Sundays with volunteers free only on Tuesdays and Thursdays, yet its minutes
// said they attended, and a proposal staffed nobody. Seeded on each day of a week, the demo must keep its own rules.
describe('the COSA demo seed keeps the rota rules', () => {
  it.each([0, 1, 2, 3, 4, 5, 6])('seeded %i days after Monday 30 November 2026', async (offset) => {
    const { actor, circle } = await seedOn(new Date(Date.UTC(2026, 10, 30, 9) + offset * DAY))
    // The pattern: enough of the inner circle can make it.
    const fit = await fitOfPattern(prisma, actor, circle, { weekday: circle.weekday!, startTime: circle.startTime!, minutes: circle.minutes, everyWeeks: circle.everyWeeks, startDate: circle.startDate! })
    expect(fit.canMake).toBe(fit.of)
    expect(fit.canMake).toBeGreaterThanOrEqual(MIN_VOLUNTEERS)
    // Every seeded meeting follows the pattern in London time, and it started no later than its first meeting.
    const meetings = await prisma.circleMeeting.findMany({ where: { circleId: circle.id }, include: { minutes: true }, orderBy: { startsAt: 'asc' } })
    for (const m of meetings) {
      const span = localSpan(m.startsAt.toISOString(), m.endsAt.toISOString())
      expect([span.weekday, span.fromMinute, span.toMinute - span.fromMinute]).toEqual([circle.weekday, 19 * 60, circle.minutes])
    }
    expect(circle.startedOn!.getTime()).toBeLessThanOrEqual(circle.startDate!.getTime())
    // Whoever the minutes say was present broke no rota rule by being there.
    const written = meetings.filter((m) => m.minutes)
    expect(written.length).toBeGreaterThan(0)
    const inputs = await loadRotaInputs(prisma, circle.providerAgencyId, meetings[0]!.startsAt, new Date(meetings.at(-1)!.endsAt.getTime() + DAY))
    const present = written.flatMap((m) => m.minutes!.presentVolunteerIds.map((volunteerId) => ({ meetingId: m.id, volunteerId })))
    const asRun = checkRota(inputs.meetings.filter((m) => written.some((w) => w.id === m.id)), inputs.volunteers, present)
    expect(asRun).toEqual([])
    // A proposal for the coming weeks staffs every meeting.
    const result = await generateRota(actor, { circleIds: [circle.id], weeks: '4' })
    expect(result.short).toBe(0)
    const coming = shown((await getRota(actor, 4)).meetings).filter((m) => m.circleId === circle.id)
    expect(coming.length).toBeGreaterThanOrEqual(4)
    expect(coming.filter((m) => m.volunteers.length < MIN_VOLUNTEERS)).toEqual([])
  })

  // Walk-through D5 of issue 16: "Add a volunteer" offers only those who can join; a new circle beside the demo one
  // must still reach the four regulars it needs to start.
  it('leaves enough volunteers free for a second circle to start', async () => {
    const { actor, circle } = await seedOn(new Date(Date.UTC(2026, 11, 1, 9)))
    const person = await createOffender(prisma)
    const referral = await prisma.cosaReferral.create({ data: { offenderId: person.id, providerAgencyId: circle.providerAgencyId, referredById: circle.coordinatorId, programme: 'COMMUNITY', eligibility: 'e', suitability: 's', consentToShare: true, status: 'ACCEPTED' } })
    const second = await prisma.circle.create({ data: { providerAgencyId: circle.providerAgencyId, coreMemberId: person.id, referralId: referral.id, coordinatorId: circle.coordinatorId, programme: 'COMMUNITY', status: 'FORMING' } })
    expect((await getCircle(actor, second.id)).candidates.length).toBeGreaterThanOrEqual(4)
  })
})
