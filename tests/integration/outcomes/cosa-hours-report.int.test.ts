import { beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '../../../src/server/db'
import { volunteerTimeEntries } from '../../../src/server/cosa/volunteer-time-sql'
import { queryCosa } from '../../../src/server/outcomes/cosa-query'
import { ZOutcomeFilter, type TOutcomeFilter } from '../../../src/server/outcomes/outcome-filter'
import { outcomeFilterFor } from '../../../src/server/outcomes/lead-scope'
import type { Actor } from '../../../src/server/policy'
import { buildOutcomeWorld, day } from './outcome-world'

// Re-check of issue 14, D2: the dashboard gave 48 / 0 / 25 hours where the coordinators' report gave 108 / 1 / 29,
// because time of volunteers outside every circle (training, supervision) was placed under no core member.
let lduId: string
let agencyId: string
let otherLduId: string
beforeAll(async () => {
  const w = await buildOutcomeWorld()
  lduId = w.ldu.id
  agencyId = w.agency.id
  otherLduId = (await prisma.area.create({ data: { code: `SW-${w.agency.code}`.slice(0, 40), name: `South LDU ${w.agency.code}`, region: 'SOUTH_WALES', agencyId } })).id
  const volunteer = (firstName: string, training?: { on: string; minutes: number }) =>
    prisma.cosaVolunteer.create({ data: { agencyId, firstName, lastName: 'Volunteer', email: `${firstName}-${w.agency.code}@llwybr.test`, dateOfBirth: day('1970-01-01'), homeArea: 'Bangor', trainingCompletedOn: training ? day(training.on) : null, trainingMinutes: training?.minutes ?? null } })
  const [alys, bedwyr] = [await volunteer('Alys', { on: '2026-04-20', minutes: 720 }), await volunteer('Bedwyr', { on: '2026-04-20', minutes: 720 })]
  // Trained in May, never in a circle; one of them supervised in September, as the demo's Susan Clarke.
  const [ceri, dilys] = [await volunteer('Ceri', { on: '2026-05-12', minutes: 900 }), await volunteer('Dilys', { on: '2026-05-12', minutes: 900 })]
  const person = await w.person()
  const referral = await prisma.cosaReferral.create({ data: { offenderId: person.id, providerAgencyId: agencyId, referredById: w.officer.id, programme: 'COMMUNITY', eligibility: 'Eligible', suitability: 'Suitable', consentToShare: true, status: 'ACCEPTED' } })
  const circle = await prisma.circle.create({ data: { providerAgencyId: agencyId, coreMemberId: person.id, referralId: referral.id, coordinatorId: w.officer.id, programme: 'COMMUNITY', startDate: day('2026-05-01'), startedOn: day('2026-05-01'), status: 'ACTIVE' } })
  await prisma.circleMember.create({ data: { circleId: circle.id, volunteerId: alys.id, kind: 'REGULAR', joinedOn: day('2026-05-01') } })
  // Bedwyr leaves the circle before October: his October supervision falls back to the circle he was in.
  await prisma.circleMember.create({ data: { circleId: circle.id, volunteerId: bedwyr.id, kind: 'REGULAR', joinedOn: day('2026-05-01'), leftOn: day('2026-09-30') } })
  const supervise = (volunteerId: string, on: string, minutes: number) =>
    prisma.cosaSupervision.create({ data: { volunteerId, heldOn: day(on), supervisorId: w.officer.id, notes: 'Supervision', minutes, nextDueOn: day('2027-01-01') } })
  await supervise(dilys.id, '2026-09-10', 60)
  await supervise(bedwyr.id, '2026-10-15', 90)
  await supervise(ceri.id, '2026-11-03', 45)
  const g = await prisma.circleMeeting.create({ data: { circleId: circle.id, startsAt: new Date('2026-10-05T18:00:00Z'), endsAt: new Date('2026-10-05T19:30:00Z'), status: 'SCHEDULED' } })
  // A volunteer outside the circle named present (Ceri, sitting in) counts for the meeting's length, as in the report.
  await prisma.circleMinutes.create({ data: { meetingId: g.id, authorId: alys.id, coreMemberAttended: true, presentVolunteerIds: [alys.id, ceri.id], discussion: 'Talked', mood: 'SETTLED', goalsProgress: 'Good' } })
})

describe('the dashboard’s COSA volunteer hours are the coordinators’ report’s (one definition)', () => {
  it('gives each quarter the report’s hours for the same months, with volunteers in, out of and never in a circle', async () => {
    const quarterOf = (month: string) => `${month.slice(0, 4)}-Q${Math.ceil(Number(month.slice(5)) / 3)}`
    const reportMinutes: Record<string, number> = {}
    for (const e of await volunteerTimeEntries(agencyId, '2026-01-01')) reportMinutes[quarterOf(e.month)] = (reportMinutes[quarterOf(e.month)] ?? 0) + e.minutes
    // Hand-worked: Q2 720 + 720 + 900 + 900 = 3240 min (54 h); Q3 60 min (1 h); Q4 90 + 90 + 90 + 45 = 315 min (5.25 h).
    expect(reportMinutes).toEqual({ '2026-Q2': 3240, '2026-Q3': 60, '2026-Q4': 315 })
    const hours = async (by: string, f: TOutcomeFilter = ZOutcomeFilter.parse({ from: '2026-Q2', to: '2026-Q4', lduId, by })) => {
      const rows = await queryCosa(f)
      const total: Record<string, number> = {}
      for (const r of rows) if (r.values.volunteerHours) total[r.quarter] = (total[r.quarter] ?? 0) + r.values.volunteerHours
      return total
    }
    expect(await hours('none')).toEqual({ '2026-Q2': 54, '2026-Q3': 1, '2026-Q4': 5 })
    // A split still sums to the report's total.
    expect(await hours('sex')).toEqual({ '2026-Q2': 54, '2026-Q3': 1, '2026-Q4': 5 })
      // D11: a lead's hours follow the area rule of the rest of the table, the core member's area (not the provider's):
    // the lead of this LDU gets the report's hours, the lead of another LDU none of them.
    const lead = (ldu: string) => ({ userId: 'lead', roles: ['SENIOR_PROBATION_OFFICER'], agencyId, teamId: 'team', lduId: ldu, region: null }) as unknown as Actor
    expect(await hours('none', await outcomeFilterFor(lead(lduId), { from: '2026-Q2', to: '2026-Q4' }))).toEqual({ '2026-Q2': 54, '2026-Q3': 1, '2026-Q4': 5 })
    expect(await hours('none', await outcomeFilterFor(lead(otherLduId), { from: '2026-Q2', to: '2026-Q4', lduId }))).toEqual({})
  })
})

describe('time of a provider with no circle at all (issue 14: it showed nowhere on the dashboard)', () => {
  it('counts in the provider’s and its area’s COSA hours, as the coordinators’ report does, and in no LDU, authority or group', async () => {
    const provider = await prisma.agency.create({ data: { code: `NOCIRCLE-${lduId.slice(0, 8)}`, name: 'Provider without circles', kind: 'THIRD_SECTOR', region: 'NORTH_WALES' } })
    const v = await prisma.cosaVolunteer.create({ data: { agencyId: provider.id, firstName: 'Eirlys', lastName: 'Volunteer', email: `eirlys-${provider.code}@llwybr.test`, dateOfBirth: day('1970-01-01'), homeArea: 'Rhyl', trainingCompletedOn: day('2026-05-12'), trainingMinutes: 600 } })
    const officer = await prisma.user.findFirstOrThrow({ where: { agencyId } })
    await prisma.cosaSupervision.create({ data: { volunteerId: v.id, heldOn: day('2026-08-04'), supervisorId: officer.id, notes: 'Supervision', minutes: 360, nextDueOn: day('2027-01-01') } })
    const report = await volunteerTimeEntries(provider.id, '2026-01-01')
    expect(report.map((e) => [e.month, e.minutes])).toEqual(expect.arrayContaining([['2026-05', 600], ['2026-08', 360]]))
    const hours = async (input: Record<string, string>) => {
      const rows = await queryCosa(ZOutcomeFilter.parse({ from: '2026-Q2', to: '2026-Q4', ...input }))
      return rows.filter((r) => r.values.volunteerHours).map((r) => [r.quarter, r.key, r.values.volunteerHours])
    }
    // The provider's own hours: 10 in Q2 (training), 6 in Q3 (supervision); by force, under its force; by sex, not recorded.
    expect(await hours({ agencyId: provider.id })).toEqual([['2026-Q2', 'all', 10], ['2026-Q3', 'all', 6]])
    expect(await hours({ agencyId: provider.id, by: 'region' })).toEqual([['2026-Q2', 'NORTH_WALES', 10], ['2026-Q3', 'NORTH_WALES', 6]])
    expect(await hours({ agencyId: provider.id, by: 'sex' })).toEqual([['2026-Q2', null, 10], ['2026-Q3', null, 6]])
    // In the force's hours and the all-Wales breakdown by agency, but in no LDU, local authority or priority group.
    const northWales = async (input: Record<string, string>) => (await hours(input)).filter(([, key]) => key === provider.id)
    expect(await northWales({ region: 'NORTH_WALES', by: 'agency' })).toEqual([['2026-Q2', provider.id, 10], ['2026-Q3', provider.id, 6]])
    expect(await hours({ region: 'SOUTH_WALES', agencyId: provider.id })).toEqual([])
    expect(await hours({ lduId, agencyId: provider.id })).toEqual([])
    expect(await hours({ agencyId: provider.id, group: 'WOMEN' })).toEqual([])
  })
})
