import { addYears, subDays, subYears } from 'date-fns'
import { beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '../../../src/server/db'
import { londonDay } from '../../../src/lib/dates'
import { cosaDashboard } from '../../../src/server/cosa/dashboard'
import { volunteerHours } from '../../../src/server/cosa/volunteer-hours'
import { recordSupervision } from '../../../src/server/cosa/supervision'
import { recordTraining } from '../../../src/server/cosa/volunteers'
import type { Actor } from '../../../src/server/policy'
import { createOffender, createUser } from '../../factories'
import { actorOf } from '../../support/actor'

// Issue 16 item 12: the hours funders are given counted rota places, so a meeting nobody's minutes mention counted.
let coordinator: Actor
let other: Actor
let officer: Actor
const v: Record<string, string> = {}
const HOUR = 3_600_000
const held = subDays(new Date(), 2)
const month = londonDay(held).slice(0, 7)

beforeAll(async () => {
  const provider = await prisma.agency.create({ data: { code: `HOURS-${Date.now()}`, name: 'Hours provider', kind: 'THIRD_SECTOR' } })
  coordinator = await actorOf(await createUser(prisma, { agencyId: provider.id, roles: ['COSA_COORDINATOR'] }))
  other = await actorOf(await createUser(prisma, { roles: ['COSA_COORDINATOR'] }))
  officer = await actorOf(await createUser(prisma, { roles: ['PROBATION_OFFICER'] }))
  for (const name of ['Aled', 'Bethan']) {
    v[name] = (await prisma.cosaVolunteer.create({ data: { agencyId: provider.id, firstName: name, lastName: 'Oriau', email: `${name}@example.org`, dateOfBirth: new Date('1970-01-01'), homeArea: 'Bangor', stage: 'ACTIVE', referencesReceived: 2, dbsExpiresOn: addYears(new Date(), 2), trainingCompletedOn: subYears(new Date(), 1) } })).id
  }
  const person = await createOffender(prisma)
  const referral = await prisma.cosaReferral.create({ data: { offenderId: person.id, providerAgencyId: provider.id, referredById: coordinator.userId, programme: 'COMMUNITY', eligibility: 'e', suitability: 's', consentToShare: true, status: 'ACCEPTED' } })
  const circle = await prisma.circle.create({ data: { providerAgencyId: provider.id, coreMemberId: person.id, referralId: referral.id, coordinatorId: coordinator.userId, programme: 'COMMUNITY', status: 'ACTIVE' } })
  // Two meetings with both on the rota and confirmed: the minutes of the first say only Aled came; the second has none.
  for (const [k, start] of [held, new Date(held.getTime() - 4 * HOUR)].entries()) {
    const meeting = await prisma.circleMeeting.create({ data: { circleId: circle.id, startsAt: start, endsAt: new Date(start.getTime() + 1.5 * HOUR), assignments: { create: ['Aled', 'Bethan'].map((n) => ({ volunteerId: v[n]!, response: 'CONFIRMED' as const, assignedById: coordinator.userId })) } } })
    if (k === 0) await prisma.circleMinutes.create({ data: { meetingId: meeting.id, authorId: v.Aled!, coreMemberAttended: true, presentVolunteerIds: [v.Aled!], discussion: 'd', mood: 'SETTLED', goalsProgress: 'g' } })
  }
  const day = londonDay(held)
  await recordSupervision(coordinator, { volunteerId: v.Bethan, heldOn: day, notes: 'Supervision', minutes: '45', nextDueOn: londonDay(addYears(held, 0.2)) })
  const version = (await prisma.cosaVolunteer.findUniqueOrThrow({ where: { id: v.Aled! } })).version
  await recordTraining(coordinator, { volunteerId: v.Aled, version, trainingCompletedOn: day, trainingTrainer: 'Circles UK', trainingExpiresOn: '', trainingHours: '12' })
})

describe('volunteer hours for funders', () => {
  it('counts meeting time the minutes record, plus supervision and training, by volunteer and month', async () => {
    const rows = await volunteerHours(coordinator)
    expect(rows.map((r) => [r.name, r.month, r.meeting, r.supervision, r.training, r.total])).toEqual([
      ['Aled Oriau', month, 90, 0, 720, 810],
      ['Bethan Oriau', month, 0, 45, 0, 45],
    ])
    expect(await prisma.auditEvent.count({ where: { actorUserId: coordinator.userId, action: 'cosa.hours.view' } })).toBe(1)
  })

  it('gives the dashboard the same hours, and nothing to other providers or roles', async () => {
    // Minutes, so the page can show "14 hrs 15 mins" rather than a rounded "14.3" (cosa17 item 3).
    expect((await cosaDashboard(coordinator)).hoursByMonth).toEqual([{ month, minutes: 855 }])
    expect(await volunteerHours(other, 'cosa.hours.export')).toEqual([])
    await expect(volunteerHours(officer)).rejects.toMatchObject({ code: 'FORBIDDEN' })
  })
})
