import { beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '../../../src/server/db'
import { sumByVolunteerMonth } from '../../../src/server/cosa/volunteer-time'
import { volunteerTimeEntries } from '../../../src/server/cosa/volunteer-time-sql'
import { queryCosa } from '../../../src/server/outcomes/cosa-query'
import { computeOutcomeFigures } from '../../../src/server/outcomes/compute-outcome-figures'
import { ZOutcomeFilter } from '../../../src/server/outcomes/outcome-filter'
import { buildOutcomeWorld, day } from './outcome-world'

let lduId: string
let agencyId: string
const names: Record<string, string> = {}
beforeAll(async () => {
  const w = await buildOutcomeWorld()
  lduId = w.ldu.id
  agencyId = w.agency.id
  const volunteerOf = (agencyId: string, firstName: string, training?: { on: string; minutes: number }) =>
    prisma.cosaVolunteer.create({ data: { agencyId, firstName, lastName: 'Volunteer', email: `${firstName}@llwybr.test`, dateOfBirth: day('1970-01-01'), homeArea: 'Bangor', trainingCompletedOn: training ? day(training.on) : null, trainingMinutes: training?.minutes ?? null } })
  const [gwen, huw, iolo] = [await volunteerOf(w.agency.id, 'Gwen'), await volunteerOf(w.agency.id, 'Huw'), await volunteerOf(w.agency.id, 'Iolo', { on: '2025-03-20', minutes: 600 })]
  // Named in the minutes but another provider's volunteer: the COSA report does not count them, so neither does this.
  for (const v of [gwen, huw, iolo]) names[v.id] = v.firstName
  const outsider = await volunteerOf((await prisma.agency.create({ data: { code: `OTHER-${w.agency.code}`, name: 'Other provider', kind: 'THIRD_SECTOR' } })).id, 'Outsider')
  // `start` is the day the coordinator started the circle and its first meeting; a forming circle has only a planned one.
  async function circle(o: { start: string; closed?: string; forming?: boolean; withdrawn?: string }) {
    const person = await w.person()
    const referral = await prisma.cosaReferral.create({ data: { offenderId: person.id, providerAgencyId: w.agency.id, referredById: w.officer.id, programme: 'COMMUNITY', eligibility: 'Eligible', suitability: 'Suitable', consentToShare: true, status: 'ACCEPTED' } })
    const closedOn = o.closed ?? o.withdrawn
    const c = await prisma.circle.create({ data: { providerAgencyId: w.agency.id, coreMemberId: person.id, referralId: referral.id, coordinatorId: w.officer.id, programme: 'COMMUNITY', startDate: day(o.start), startedOn: o.forming || o.withdrawn ? null : day(o.start), status: o.forming ? 'FORMING' : closedOn ? 'CLOSED' : 'ACTIVE', closedOn: closedOn ? day(closedOn) : null } })
    return { person, c }
  }
  const a = await circle({ start: '2025-04-10' })
  const b = await circle({ start: '2025-05-01', closed: '2025-06-20' })
  await circle({ start: '2025-01-15' })
  // Walk 34 O1: still forming, its first meeting only planned for May: not started, not active (it was counted as both).
  await circle({ start: '2025-05-15', forming: true })
  // Walk 35: withdrawn in June while still forming (it never started): neither started nor closed (it counted as closed).
  await circle({ start: '2025-05-20', withdrawn: '2025-06-10' })
  await w.proven(a.person.id, { offence: '2025-06-01', proven: '2025-08-01', category: 'SEXUAL' })
  await w.proven(b.person.id, { offence: '2025-05-20', proven: '2025-07-01' })
  const meeting = async (circleId: string, startsAt: string, minutes: number, present: { id: string }[]) => {
    const g = await prisma.circleMeeting.create({ data: { circleId, startsAt: new Date(startsAt), endsAt: new Date(new Date(startsAt).getTime() + minutes * 60_000), status: 'SCHEDULED' } })
    await prisma.circleMinutes.create({ data: { meetingId: g.id, authorId: gwen.id, coreMemberAttended: true, presentVolunteerIds: present.map((v) => v.id), discussion: 'Talked', mood: 'SETTLED', goalsProgress: 'Good' } })
  }
  const member = (circleId: string, volunteerId: string, joined: string, left?: string) =>
    prisma.circleMember.create({ data: { circleId, volunteerId, kind: 'REGULAR', joinedOn: day(joined), leftOn: left ? day(left) : null } })
  await member(a.c.id, gwen.id, '2025-04-01')
  await member(b.c.id, gwen.id, '2025-04-20', '2025-06-20')
  await member(a.c.id, huw.id, '2025-04-01')
  await member(a.c.id, iolo.id, '2025-04-05')
  // Issue 14: "volunteer hours actually given (meetings attended per minutes, supervision, training)", hand-worked:
  // Q1: Iolo's 10 hours of training on 20 March, before he joined any circle, go to the circle he joined (A): 10.
  // Q2: meetings 90 min × 3 of ours (the outsider is not counted) + 120 min × 1 = 390 min; Gwen's hour of supervision
  //     on 10 May, when she was in circles A and B (half to each): 450 min = 7.5 hours, shown as 8.
  // Q3: 120 min at midnight on 1 July in London + Huw's 45 min supervision on 15 July: 165 min = 2.75, shown as 3.
  await meeting(a.c.id, '2025-04-13T17:00:00Z', 90, [gwen, huw, iolo, outsider])
  await meeting(a.c.id, '2025-06-30T23:00:00Z', 120, [gwen]) // midnight on 1 July in London: Q3
  await meeting(b.c.id, '2025-05-04T17:00:00Z', 120, [huw])
  const supervise = (volunteerId: string, on: string, minutes: number) =>
    prisma.cosaSupervision.create({ data: { volunteerId, heldOn: day(on), supervisorId: w.officer.id, notes: 'Supervision', minutes, nextDueOn: day('2026-01-01') } })
  await supervise(gwen.id, '2025-05-10', 60)
  await supervise(huw.id, '2025-07-15', 45)
  await prisma.circleQuestionnaire.create({ data: { circleId: b.c.id, completedOn: day('2025-06-20'), feltSupported: 5, lessIsolated: 4, copingBetter: 4, confidentFuture: 3, recordedById: w.officer.id } })
})

describe('COSA figures (hand-worked)', () => {
  it('counts circles, core members’ reoffending from the circle start, volunteer hours (meetings per the minutes, supervision, training) by London date and questionnaires', async () => {
    const rows = await queryCosa(ZOutcomeFilter.parse({ from: '2025-Q1', to: '2025-Q3', lduId }))
    const q2 = rows.find((r) => r.quarter === '2025-Q2')?.values
    expect(q2).toEqual({
      started: 2, active: 2, closed: 1, coreMembers: 2, reoffenders: 2, sexualReoffenders: 1, volunteerHours: 8,
      questionnaires: 1, feltSupported: 5, lessIsolated: 4, copingBetter: 4, confidentFuture: 3,
    })
    expect(rows.find((r) => r.quarter === '2025-Q3')?.values).toMatchObject({ started: 0, active: 2, volunteerHours: 3 })
    expect(rows.find((r) => r.quarter === '2025-Q1')?.values).toMatchObject({ started: 1, volunteerHours: 10 })
  })
})

describe('means over no questionnaires', () => {
  // Walk 34 D1 (issue 14): "–" with no filter, but "[c] withheld" once filtered to an area or agency or broken down
  // by sex or agency, even on the all-Wales row of a quarter with nothing in it. Nothing is hidden in a mean over
  // nothing, in any view.
  it('are not applicable in every view, total and rows, never withheld', async () => {
    for (const choice of [{ by: 'none' }, { lduId }, { agencyId }, { by: 'sex' }, { by: 'agency' }, { lduId, by: 'sex' }]) {
      const { cosa } = await computeOutcomeFigures(ZOutcomeFilter.parse({ from: '2025-Q1', to: '2025-Q3', ...choice }), '2026-12-02')
      for (const quarter of cosa.filter((q) => q.quarter !== '2025-Q2')) {
        for (const [key, measures] of [[null, quarter.total] as const, ...quarter.rows.map((r) => [r.key, r.measures] as const)]) {
          expect({ choice, quarter: quarter.quarter, key, mean: measures.feltSupportedMean }).toEqual({ choice, quarter: quarter.quarter, key, mean: { value: null, suppressed: false, notApplicable: true } })
        }
      }
    }
  })
})

describe('a breakdown beside its total', () => {
  // Walk 34 D2 (issue 14): by region, South Wales's volunteer hours were withheld beside an all-Wales total of 29 with
  // no other region in the table, so the total gave them back. In a breakdown whose rows add up to the total, no
  // figure is the only one withheld of its column while the total is shown.
  it('never leaves a single withheld figure in a column whose total is shown', async () => {
    for (const by of ['region', 'ldu', 'localAuthority', 'agency', 'sex']) {
      const { cosa } = await computeOutcomeFigures(ZOutcomeFilter.parse({ from: '2025-Q1', to: '2025-Q3', by }), '2026-12-02')
      for (const quarter of cosa) {
        for (const id of ['started', 'active', 'closed', 'coreMembers', 'volunteerHours', 'questionnaires']) {
          const withheld = quarter.rows.filter((r) => r.measures[id]!.suppressed).map((r) => r.key)
          if (!quarter.total[id]!.suppressed) expect({ by, quarter: quarter.quarter, id, withheld: withheld.length === 1 ? withheld : [] }).toEqual({ by, quarter: quarter.quarter, id, withheld: [] })
        }
      }
    }
  })
})

describe('the coordinators’ volunteer-hours report and the dashboard count the same time', () => {
  it('gives the same pieces of time, by volunteer and month (issue 14: one definition)', async () => {
    const rows = sumByVolunteerMonth(await volunteerTimeEntries(agencyId, '2025-01-01'))
    const byName = (id: string) => names[id]
    expect(rows.map((r) => [byName(r.volunteerId), r.month, r.meeting, r.supervision, r.training, r.total])).toEqual([
      ['Iolo', '2025-03', 0, 0, 600, 600],
      ['Gwen', '2025-04', 90, 0, 0, 90],
      ['Huw', '2025-04', 90, 0, 0, 90],
      ['Iolo', '2025-04', 90, 0, 0, 90],
      ['Huw', '2025-05', 120, 0, 0, 120],
      ['Gwen', '2025-05', 0, 60, 0, 60],
      ['Gwen', '2025-07', 120, 0, 0, 120],
      ['Huw', '2025-07', 0, 45, 0, 45],
    ])
    // By quarter the report's minutes are the dashboard's hours before rounding: Q1 600, Q2 450, Q3 165.
    const quarterOf = (month: string) => `Q${Math.ceil(Number(month.slice(5)) / 3)}`
    const minutes: Record<string, number> = {}
    for (const r of rows) minutes[quarterOf(r.month)] = (minutes[quarterOf(r.month)] ?? 0) + r.total
    expect(minutes).toEqual({ Q1: 600, Q2: 450, Q3: 165 })
  })
})
