import { beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '../../../src/server/db'
import type { OutcomeTableName } from '../../../src/lib/outcomes/columns'
import { outcomeTableNames } from '../../../src/lib/outcomes/columns'
import { findOutcomePeople } from '../../../src/server/outcomes/find-outcome-people'
import { getOutcomeIndicators } from '../../../src/server/outcomes/get-outcome-indicators'
import { drillableMeasures, indicatorDefs } from '../../../src/server/outcomes/indicator-defs'
import { peopleBehind } from '../../../src/server/outcomes/indicator-events'
import { ZOutcomeFilter } from '../../../src/server/outcomes/outcome-filter'
import type { Actor } from '../../../src/server/policy'
import { actorOf } from '../../support/actor'
import { buildOutcomeWorld, day } from './outcome-world'

// Issue 14 "Rules": a lead drills down from a count of any table (not only proven reoffending) to the people behind
// it, from the same definition as the figure; only people in their own scope, never a Limited Access person kept from
// them; a withheld count has no list. Each table's fixture: seven people in the senior's LDU with one event each in
// the quarter (one excluded from the senior, one restricted to another officer), and one person elsewhere.
type World = Awaited<ReturnType<typeof buildOutcomeWorld>>
let w: World
let other: World
let senior: Actor
type Fixture = { table: OutcomeTableName; measure: string; quarter: string; listed: string[]; kept: string[]; elsewhere: string }
const fixtures: Fixture[] = []
let doubled: string

/** Seven people in `w` and one in `other`, each given `event`; the first three made Limited Access (two kept from the senior, one the senior is named on). */
async function fixture(table: OutcomeTableName, measure: string, quarter: string, event: (world: World, offenderId: string) => Promise<unknown>) {
  const people = []
  for (let i = 0; i < 7; i++) {
    const p = await w.person()
    await event(w, p.id)
    people.push(p.id)
  }
  await prisma.accessRestriction.create({ data: { offenderId: people[0]!, kind: 'EXCLUSION', userId: senior.userId, reason: 'Neighbour of the senior' } })
  await prisma.accessRestriction.create({ data: { offenderId: people[1]!, kind: 'RESTRICTION', userId: w.officer.id, reason: 'High-profile case' } })
  // Limited Access although the senior is named on its list and may open it: still never in a drill-down (issue 14).
  await prisma.accessRestriction.create({ data: { offenderId: people[2]!, kind: 'RESTRICTION', userId: senior.userId, reason: 'High-profile case' } })
  const away = await other.person()
  await event(other, away.id)
  fixtures.push({ table, measure, quarter, listed: people.slice(3), kept: people.slice(0, 3), elsewhere: away.id })
  return people
}

const appointment = (world: World, offenderId: string, at: string) =>
  prisma.contact.create({ data: { offenderId, type: 'APPOINTMENT', occurredAt: new Date(at), outcome: 'ATTENDED', notes: 'Seen', authorId: world.officer.id, authorAgencyId: world.agency.id } })

async function ended(world: World, offenderId: string) {
  const s = await world.sentence(offenderId, 'COMMUNITY_ORDER', '2024-02-01')
  await prisma.sentence.update({ where: { id: s.id }, data: { terminatedOn: day('2025-08-10'), terminationReason: 'COMPLETED' } })
}

async function programme(world: World, offenderId: string) {
  const s = await world.sentence(offenderId, 'COMMUNITY_ORDER', '2024-03-01')
  const q = await prisma.sentenceRequirement.create({ data: { sentenceId: s.id, kind: 'ACCREDITED_PROGRAMME', description: '', unitsOrdered: 10, unitsCompleted: 10 } })
  await prisma.requirementProgress.create({ data: { requirementId: q.id, units: 10, workedOn: day('2025-08-20'), recordedById: world.officer.id } })
}

const nominal = (world: World, offenderId: string) =>
  prisma.mappaNominal.create({ data: { offenderId, category: 1, level: 1, area: 'NORTH_WALES', leadAgencyId: world.agency.id, startDate: day('2025-01-10'), nextReviewDate: day('2031-01-01') } })

async function circle(world: World, offenderId: string) {
  const referral = await prisma.cosaReferral.create({ data: { offenderId, providerAgencyId: world.agency.id, referredById: world.officer.id, programme: 'COMMUNITY', eligibility: 'Eligible', suitability: 'Suitable', consentToShare: true, status: 'ACCEPTED' } })
  await prisma.circle.create({ data: { providerAgencyId: world.agency.id, coreMemberId: offenderId, referralId: referral.id, coordinatorId: world.officer.id, programme: 'COMMUNITY', startDate: day('2025-07-20'), startedOn: day('2025-07-20'), status: 'ACTIVE' } })
}

beforeAll(async () => {
  w = await buildOutcomeWorld()
  other = await buildOutcomeWorld()
  const team = await prisma.team.create({ data: { code: `T-DRILL-${w.ldu.code}`.slice(0, 40), name: `Team ${w.ldu.code}`, agencyId: w.agency.id, areaId: w.ldu.id } })
  senior = await actorOf(await prisma.user.create({ data: { email: `drill-senior-${w.ldu.code}@llwybr.test`, name: 'Drill senior', roles: ['SENIOR_PROBATION_OFFICER'], agencyId: w.agency.id, teamId: team.id } }))
  await fixture('releases', 'releases', '2025-Q3', (world, id) => world.release(id, '2025-08-01'))
  await fixture('terminations', 'ended', '2025-Q3', ended)
  // Endings count the same ended orders as terminations: their completions are checked on the same people.
  fixtures.push({ ...fixtures.at(-1)!, table: 'endings', measure: 'completed' })
  const seen = await fixture('appointments', 'appointments', '2025-Q3', (world, id) => appointment(world, id, '2025-08-05T10:00:00Z'))
  doubled = seen[3]!
  await appointment(w, doubled, '2025-09-05T10:00:00Z')
  // Enforcement in Q2, so its failures to attend do not add to the Q3 appointments.
  await fixture('enforcement', 'warnings', '2025-Q2', (world, id) => world.enforcement(id, 'WARNING', '2025-05-01', '2025-05-03'))
  // Two breaches in Q2: a count of 1 to 4, withheld.
  for (let i = 0; i < 2; i++) await w.enforcement((await w.person()).id, 'BREACH', '2025-05-02', '2025-05-04')
  await fixture('services', 'programmes', '2025-Q3', programme)
  await fixture('mappa', 'nominals', '2025-Q3', nominal)
  await fixture('cosa', 'coreMembers', '2025-Q3', circle)
})

describe('drilling down from every outcome table (issue 14 "Rules")', () => {
  it('lists the people behind each table\'s count: all of them behind the figure, the lead sees those in scope only', async () => {
    expect(fixtures.map((f) => f.table).sort()).toEqual(outcomeTableNames.filter((t) => t !== 'reoffending').sort())
    for (const f of fixtures) {
      const quarter = { from: f.quarter, to: f.quarter }
      const figures = await getOutcomeIndicators(senior, quarter)
      const expected = f.table === 'appointments' ? 8 : 7
      // Shown, or withheld because the LDU is a partner of a small LDU in the breakdown by LDU (ADR 0019).
      expect([expected, null], f.table).toContain(figures[f.table][0]!.total[f.measure]!.value)
      const figure = expected
      // The same definition, unscoped: the people whose rows make the figure, and their rows add up to it.
      const behind = await peopleBehind(indicatorDefs[f.table], ZOutcomeFilter.parse({ ...quarter, lduId: w.ldu.id }), f.quarter, f.measure)
      expect(behind.map((b) => b.id).sort(), f.table).toEqual([...f.kept, ...f.listed].sort())
      expect(behind.reduce((n, b) => n + b.counted, 0), f.table).toBe(figure)
      // The lead: their own area whatever the filter says, and never a Limited Access person, even one they may open.
      // Some behind the figure are not theirs to open, so no one is listed: a list of 4 beside a figure of 7 would say
      // that 3 were left out (ADR 0019). No figure is given either.
      const asked = { ...quarter, lduId: other.ldu.id, table: f.table, quarter: f.quarter, measure: f.measure }
      if (figures[f.table][0]!.total[f.measure]!.value === null) {
        await expect(findOutcomePeople(senior, asked), f.table).rejects.toMatchObject({ code: 'NOT_FOUND' })
        continue
      }
      const drill = await findOutcomePeople(senior, asked)
      expect(drill, f.table).toMatchObject({ complete: false, people: [], total: 0 })
      const shown = JSON.stringify(drill)
      expect(shown).not.toContain('figure')
      for (const id of [...f.kept, ...f.listed, f.elsewhere]) expect(shown, f.table).not.toContain(id)
    }
  })

  it('says how many of an event count\'s rows are each person\'s', async () => {
    // What a complete list shows beside each person (here some are not the lead's to open, so the list is not given).
    const behind = await peopleBehind(indicatorDefs.appointments, ZOutcomeFilter.parse({ from: '2025-Q3', to: '2025-Q3', lduId: w.ldu.id }), '2025-Q3', 'appointments')
    expect(behind.find((p) => p.id === doubled)?.counted).toBe(2)
    expect(behind.filter((p) => p.id !== doubled).every((p) => p.counted === 1)).toBe(true)
  })

  it('agrees with every count the lead is shown, in every table', async () => {
    for (const quarter of ['2025-Q2', '2025-Q3']) {
      const figures = await getOutcomeIndicators(senior, { from: quarter, to: quarter })
      const f = ZOutcomeFilter.parse({ from: quarter, to: quarter, lduId: w.ldu.id })
      for (const table of outcomeTableNames) {
        for (const measure of drillableMeasures(table)) {
          const shown = figures[table][0]!.total[measure]!
          if (shown.value === null) continue
          const behind = await peopleBehind(indicatorDefs[table], f, quarter, measure)
          expect(behind.reduce((n, b) => n + b.counted, 0), `${table}.${measure} ${quarter}`).toBe(shown.value)
        }
      }
    }
  })

  it('has no list behind a withheld count, a rate or volunteer hours', async () => {
    const q2 = { from: '2025-Q2', to: '2025-Q2', quarter: '2025-Q2' }
    const figures = await getOutcomeIndicators(senior, q2)
    expect(figures.enforcement[0]!.total.breaches).toEqual({ value: null, suppressed: 'small' })
    const withheld = outcomeTableNames.flatMap((table) => drillableMeasures(table).filter((m) => figures[table][0]!.total[m]!.value === null).map((measure) => ({ table, measure })))
    expect(withheld.length).toBeGreaterThan(0)
    for (const { table, measure } of withheld) await expect(findOutcomePeople(senior, { ...q2, table, measure }), `${table}.${measure}`).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(findOutcomePeople(senior, { ...q2, table: 'appointments', measure: 'attendedRate' })).rejects.toMatchObject({ name: 'ZodError' })
    await expect(findOutcomePeople(senior, { ...q2, table: 'cosa', measure: 'volunteerHours' })).rejects.toMatchObject({ name: 'ZodError' })
  })

  it('refuses strategic managers, and audits no one when no one is listed', async () => {
    await expect(findOutcomePeople(w.manager, { table: 'mappa', quarter: '2025-Q3', measure: 'nominals' })).rejects.toMatchObject({ code: 'FORBIDDEN' })
    const audited = await prisma.auditEvent.findMany({ where: { action: 'outcomes.drillDown', actorUserId: senior.userId, detail: { path: ['table'], equals: 'mappa' } }, select: { offenderId: true } })
    expect(audited).toEqual([])
  })
})
