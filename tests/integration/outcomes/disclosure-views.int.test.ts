import { beforeAll, describe, expect, it } from 'vitest'
import type { Region, Sex } from '../../../src/generated/prisma/enums'
import { prisma } from '../../../src/server/db'
import { indicatorFigures } from '../../../src/server/outcomes/compute-outcome-figures'
import { pathwayFigures } from '../../../src/server/outcomes/pathway-areas'
import { iomFigures } from '../../../src/server/outcomes/iom-areas'
import { iomCostMeasures } from '../../../src/server/outcomes/iom-cost-table'
import type { OutcomeTableName } from '../../../src/lib/outcomes/columns'
import type { FigureMemo } from '../../../src/server/outcomes/filter-cells'
import { ZOutcomeFilter, type Breakdown } from '../../../src/server/outcomes/outcome-filter'
import { fixtureCrn, nextFixtureNumber } from '../../support/unique'
import { buildOutcomeWorld, day } from './outcome-world'
import type { Shown } from '../../../src/lib/outcomes/disclosure'
import { nameOf, recovered, see, seen, type Cell, type Seen } from './seen-figures'

// Issue 14 break test (ADR 0019): no withheld figure can be worked out by subtracting shown figures from a shown
// total, across every view a user can ask for (each filter: an area choice, a priority group, both, with each
// breakdown, as the dashboard, its CSV/XLSX and the board pack all show them), for proven reoffending, resettlement
// on release, appointment compliance, the pathway and IOM tables, with the public geography of every cut (a force's
// row "female" is the sum of its LDUs' rows "female") and of agencies (an area's row "female" is the sum of each
// agency's). The fixture has small cells on purpose, in two agencies and areas of its own (every view is filtered to
// one of them, so other tests' people never enter).

let agencyId: string
// The fixture's second agency (its people live in the fixture's areas too), and the area choices only the fixture's
// people live in: viewed without an agency filter, these show all agencies together (ADR 0019 gap 2, item 2).
let otherAgencyId: string
const ownAreas: Cell[] = []
const areaChoices: Cell[] = [{}]
const hierarchy: [Region, string[], string[]][] = []
// The LDUs whose local authorities are recorded (reference data): each is the sum of them (ADR 0019, item 2).
const lduAuthorities = new Map<string, string[]>()
// IOM beside young adults: "young adults, by group" and "IOM, by group" both show their intersection (one figure).
const groups = [undefined, 'WOMEN', 'YOUNG_ADULTS', 'IOM'] as const
const breakdownsTried: Breakdown[] = ['none', 'region', 'ldu', 'localAuthority', 'priorityGroup', 'sex', 'ageBand', 'ethnicity']

beforeAll(async () => {
  const w = await buildOutcomeWorld()
  agencyId = w.agency.id
  otherAgencyId = (await prisma.agency.create({ data: { code: `${w.agency.code}-B`, name: `Views CRC ${w.agency.code}`, kind: 'CRC' } })).id
  const gwentLdu = await prisma.area.create({ data: { code: `${w.ldu.code}-G`, name: `Gwent ${w.ldu.code}`, region: 'GWENT', agencyId } })
  const bigGwentLdu = await prisma.area.create({ data: { code: `${w.ldu.code}-G2`, name: `Gwent two ${w.ldu.code}`, region: 'GWENT', agencyId } })
  const secondLdu = await prisma.area.create({ data: { code: `${w.ldu.code}-2`, name: `Second ${w.ldu.code}`, region: 'NORTH_WALES', agencyId } })
  const gwentLa = await prisma.localAuthority.create({ data: { code: `G${w.las[0]!.code}`.slice(0, 20), name: `Gwent authority ${w.ldu.code}`, region: 'GWENT' } })
  // Dyfed-Powys' LDUs are unions of its authorities, as recorded: one of one, the other of two (item 2). The North
  // Wales and Gwent LDUs share authorities, so none of theirs is recorded (as for any LDU the reference data lacks).
  const dpLdu = (n: number) => prisma.area.create({ data: { code: `${w.ldu.code}-D${n}`, name: `Dyfed-Powys ${n} ${w.ldu.code}`, region: 'DYFED_POWYS', agencyId } })
  const dpLdus = [await dpLdu(1), await dpLdu(2)]
  const dpLa = (n: number, lduId: string) => prisma.localAuthority.create({ data: { code: `D${n}${w.las[0]!.code}`.slice(0, 20), name: `Dyfed-Powys authority ${n} ${w.ldu.code}`, region: 'DYFED_POWYS', lduId } })
  const dpLas = [await dpLa(1, dpLdus[0]!.id), await dpLa(2, dpLdus[1]!.id), await dpLa(3, dpLdus[1]!.id)]
  const la = [w.las[0]!.id, w.las[1]!.id, gwentLa.id, ...dpLas.map((l) => l.id)]
  lduAuthorities.set(dpLdus[0]!.id, [dpLas[0]!.id]).set(dpLdus[1]!.id, [dpLas[1]!.id, dpLas[2]!.id])
  // IOM: three cohorts over two strands, whose members live in every area (a cohort is not bounded by its force).
  const iomCohort = (strand: 'FIXED' | 'FLEX', name: string) => prisma.iomCohort.create({ data: { region: 'NORTH_WALES', strand, name: `${name} ${w.ldu.code}`, createdById: w.officer.id } })
  const iomCohorts = [await iomCohort('FIXED', 'Views fixed A'), await iomCohort('FIXED', 'Views fixed B'), await iomCohort('FLEX', 'Views flex C')]
  let everyone = 0
  const service = await prisma.partnerService.create({ data: { providerAgencyId: agencyId, name: `Views service ${w.ldu.code}`, pathways: ['ACCOMMODATION', 'HEALTH'], regions: ['NORTH_WALES', 'GWENT'], contactEmail: 'views@llwybr.test' } })
  // [LDU, local authority, sex, born, ethnicity, how many, how many reoffend, of the other agency]
  const groupsOfPeople: [string, number, Sex, string, string, number, number, boolean?][] = [
    [w.ldu.id, 0, 'MALE', '1980-01-01', 'White', 14, 6],
    [w.ldu.id, 1, 'MALE', '1990-01-01', 'White', 4, 1],
    [w.ldu.id, 0, 'FEMALE', '1985-01-01', 'Asian', 2, 1],
    [w.ldu.id, 0, 'MALE', '2004-01-01', 'Black', 3, 2],
    [secondLdu.id, 1, 'MALE', '1975-01-01', 'White', 6, 3],
    [secondLdu.id, 1, 'FEMALE', '2003-06-01', 'White', 1, 0],
    [gwentLdu.id, 2, 'MALE', '1970-01-01', 'White', 3, 1],
    // A large Gwent LDU: the breakdown by LDU on its own takes the second North Wales LDU as the small one's partner,
    // while North Wales is shown by force, so North Wales less its first LDU gave the partner back (item 2).
    [bigGwentLdu.id, 2, 'MALE', '1972-01-01', 'White', 30, 10],
    // Dyfed-Powys: every LDU shown by force, one of its authorities small, so the LDU less its other authority gave
    // it back, and the one-authority LDU its authority's partner (item 2).
    [dpLdus[0]!.id, 3, 'MALE', '1978-01-01', 'White', 12, 4],
    [dpLdus[1]!.id, 4, 'MALE', '1979-01-01', 'White', 16, 5],
    [dpLdus[1]!.id, 5, 'MALE', '1979-01-01', 'White', 4, 2],
    // Break tests 27 D1 and 28 D4: an age band (10-17) only North Wales has, and one (18-20) only North Wales and
    // Gwent have, both small. All Wales' two bands together and North Wales' follow from the shown totals, all
    // Wales' 10-17 is North Wales', so Gwent's 18-20 is the difference: no relation has one withheld figure, yet
    // the relations together give it back. Young adults, most of them in IOM: small intersections of two groups.
    [w.ldu.id, 0, 'MALE', '2010-01-01', 'White', 1, 0],
    [w.ldu.id, 0, 'MALE', '2006-01-01', 'White', 2, 1],
    [gwentLdu.id, 2, 'MALE', '2006-01-01', 'White', 2, 1],
    // Intersections large enough to be shown (ADR 0019 amendment "a group's intersections"): young adults in the
    // large Gwent LDU's IOM, so Gwent's young adults in IOM less the large LDU's gave the small LDU's back; young
    // women in North Wales, so WOMEN ∩ young adults is shown by force while one LDU's is small.
    [bigGwentLdu.id, 2, 'MALE', '2002-03-01', 'White', 11, 3],
    [w.ldu.id, 0, 'FEMALE', '2002-03-01', 'White', 7, 2],
    // The other agency: small cells of its own beside the first agency's, in the same areas, with every event the
    // first agency's people have (sentences, releases, appointments, IOM, referrals: ADR 0019 gap 2).
    [w.ldu.id, 0, 'FEMALE', '1985-01-01', 'Asian', 3, 1, true],
    [secondLdu.id, 1, 'MALE', '1975-01-01', 'White', 2, 1, true],
    [bigGwentLdu.id, 2, 'MALE', '1972-01-01', 'White', 12, 4, true],
  ]
  for (const [lduId, laIndex, sex, born, ethnicity, n, reoffending, other] of groupsOfPeople) {
    for (let i = 0; i < n; i++) {
      const k = await nextFixtureNumber(prisma)
      const p = await prisma.offender.create({ data: { crn: fixtureCrn(k), firstName: 'Cell', lastName: `Member${k}`, dateOfBirth: day(born), sex, ethnicity, responsibleAgencyId: other ? otherAgencyId : agencyId, lduId, localAuthorityId: la[laIndex]! } })
      await w.sentence(p.id, 'COMMUNITY_ORDER', '2025-07-15')
      if (i < reoffending) await w.proven(p.id, { offence: '2025-08-15', proven: '2025-09-15' })
      // Resettlement: every third person released in the quarter, half of them with settled accommodation recorded.
      if (i % 3 === 0) {
        await w.release(p.id, '2025-07-20')
        await prisma.circumstanceSnapshot.create({ data: { offenderId: p.id, occasion: 'RELEASE', asAt: day('2025-07-20'), accommodation: i % 2 === 0 ? 'SETTLED_SUITABLE' : 'NO_FIXED_ABODE', ete: 'FULL_TIME', recordedById: w.officer.id } })
      }
      // Compliance: each person one appointment, missed by those who reoffend; pathways: every other person referred.
      await prisma.contact.create({ data: { offenderId: p.id, type: 'APPOINTMENT', occurredAt: new Date('2025-08-01T09:00:00Z'), outcome: i < reoffending ? 'FAILED_TO_ATTEND' : 'ATTENDED', notes: 'Appointment', authorId: w.officer.id, authorAgencyId: agencyId } })
      // IOM: three people in four selected, on 16 July 2025 (followed up by IOM_TODAY), into cohorts in turn.
      if (everyone++ % 4 !== 3) await prisma.iomMember.create({ data: { cohortId: iomCohorts[everyone % 3]!.id, offenderId: p.id, ragReason: 'Selected', nextReviewOn: day('2027-01-01'), selectedOn: day('2025-07-16') } })
      if (i % 2 === 0) await prisma.partnerReferral.create({ data: { offenderId: p.id, serviceId: service.id, referredById: w.officer.id, pathway: i % 4 === 0 ? 'ACCOMMODATION' : 'HEALTH', reason: 'Needs support', consentToShare: true, status: 'SUBMITTED', createdAt: new Date('2025-08-01T09:00:00Z') } })
    }
  }
  hierarchy.push(['NORTH_WALES', [w.ldu.id, secondLdu.id], [la[0]!, la[1]!]], ['GWENT', [gwentLdu.id, bigGwentLdu.id], [la[2]!]], ['DYFED_POWYS', dpLdus.map((l) => l.id), [la[3]!, la[4]!, la[5]!]])
  for (const region of ['NORTH_WALES', 'GWENT', 'DYFED_POWYS'] satisfies Region[]) areaChoices.push({ region })
  for (const lduId of [w.ldu.id, secondLdu.id, gwentLdu.id, bigGwentLdu.id, ...dpLdus.map((l) => l.id)]) ownAreas.push({ lduId })
  for (const localAuthorityId of la) ownAreas.push({ localAuthorityId })
  areaChoices.push(...ownAreas)
})

// The view's own filter names: which dimension of a cell each one constrains.
const dimensionOf: Record<string, string> = { region: 'region', lduId: 'ldu', localAuthorityId: 'localAuthority', group: 'priorityGroup', agencyId: 'agency' }

/**
 * Geography is public: a force is the sum of its LDUs, and of its local authorities, and all Wales the sum of the
 * forces (every person here has all three), for every cell however else it is cut (group, sex, age band, ethnicity,
 * pathway): so a force's view broken down by sex is linked to its LDUs' views broken down by sex (ADR 0019 gap 2).
 * An LDU whose local authorities are recorded is their sum likewise (item 2).
 */
function addGeography(v: Seen, o: { cuts: boolean }) {
  for (const [name, { cell }] of v.figures) {
    const measure = name.slice(0, name.indexOf(':'))
    if (cell.localAuthority) continue
    if (!o.cuts && Object.keys(cell).some((k) => !['region', 'ldu', 'priorityGroup', 'alsoGroup', 'agency'].includes(k))) continue
    if (cell.ldu) {
      // An LDU whose authorities are recorded is their sum (ADR 0019, item 2).
      const rest: Cell = Object.fromEntries(Object.entries(cell).filter(([k]) => k !== 'ldu'))
      if (lduAuthorities.has(cell.ldu)) v.relations.push([name, ...lduAuthorities.get(cell.ldu)!.map((localAuthority) => nameOf(measure, { ...rest, localAuthority }))])
      continue
    }
    // Without cuts: only the areas' own figures (with or without a group or agency), the links ADR 0019 closed.
    if (!o.cuts && Object.keys(cell).some((k) => !['region', 'priorityGroup', 'alsoGroup', 'agency'].includes(k))) continue
    const rest: Cell = Object.fromEntries(Object.entries(cell).filter(([k]) => k !== 'region'))
    const parts = (level: string, ids: string[]) => ids.map((id) => nameOf(measure, { ...rest, [level]: id }))
    if (cell.region) {
      const [, ldus, las] = hierarchy.find(([r]) => r === cell.region)!
      for (const [level, ids] of [['ldu', ldus], ['localAuthority', las]] as const) v.relations.push([name, ...parts(level, ids)])
    } else {
      v.relations.push([name, ...parts('region', hierarchy.map(([r]) => r))])
    }
  }
}

/**
 * Agencies are public too: a figure of all agencies is the sum of each agency's (the fixture's two; any other's is a
 * known 0 here), for every cell however else it is cut (ADR 0019 gap 2, item 2: views filtered to one agency).
 */
function addAgencies(v: Seen, o: { cuts: boolean }) {
  for (const [name, { cell }] of v.figures) {
    if (cell.agency) continue
    if (!o.cuts && Object.keys(cell).some((k) => !['region', 'ldu', 'localAuthority', 'priorityGroup', 'alsoGroup'].includes(k))) continue
    const measure = name.slice(0, name.indexOf(':'))
    v.relations.push([name, ...[agencyId, otherAgencyId].map((agency) => nameOf(measure, { ...cell, agency }))])
  }
}


/**
 * Every view a user can ask for: each area choice with each group and breakdown (an area beside an area breakdown is
 * refused), filtered to the fixture's first agency, or with `agencies` to each agency and to none (all agencies, over
 * the areas only the fixture's people live in).
 */
function* views(breakdowns: Breakdown[] = breakdownsTried, o: { agencies: boolean } = { agencies: false }) {
  const choices: [string | undefined, Cell[]][] = o.agencies ? [[agencyId, areaChoices], [otherAgencyId, areaChoices], [undefined, ownAreas]] : [[agencyId, areaChoices]]
  for (const [agency, areas] of choices) for (const area of areas) {
    for (const group of groups) {
      for (const by of breakdowns) {
        const chosen: Cell = { ...area, ...(group ? { group } : {}), ...(agency ? { agencyId: agency } : {}) }
        const asked = { from: '2025-Q3', to: '2025-Q3', ...chosen, by }
        if (Object.keys(area).length > 0 && ['region', 'ldu', 'localAuthority'].includes(by)) {
          // No such view: its intersections would give cells away.
          expect(ZOutcomeFilter.safeParse(asked).success).toBe(false)
          continue
        }
        yield { filter: ZOutcomeFilter.parse(asked), by, base: Object.fromEntries(Object.entries(chosen).map(([k, v]) => [dimensionOf[k]!, v])) as Cell }
      }
    }
  }
}

// Each table with its count measures, and the parts of a row that add up to another of its measures.
const tables: { name: OutcomeTableName; measures: string[]; rowParts?: string[][] }[] = [
  { name: 'reoffending', measures: ['people', 'reoffenders'] },
  { name: 'appointments', measures: ['appointments', 'attended', 'acceptable', 'unacceptable'], rowParts: [['appointments', 'attended', 'acceptable', 'unacceptable']] },
  { name: 'releases', measures: ['releases', 'recorded', 'settled', 'ete'] },
]

describe('no withheld figure can be worked out across the views a user can ask for (issue 14, ADR 0019)', () => {
  for (const [table, cuts] of tables.flatMap((t) => [[t, false], [t, true]] as const)) {
    it(`holds for ${table.name} over every filter and breakdown, for each agency and all${cuts ? ', with the geography of every cut (ADR 0019 gap 2)' : ''}`, async () => {
      const v = seen()
      // One memo for every view: the same figures as each view computed alone, each parent breakdown computed once.
      const memo: FigureMemo = new Map()
      for (const { filter, by, base } of views(breakdownsTried, { agencies: true })) {
        const [q] = await indicatorFigures(filter, table.name, '2026-11-30', memo)
        const rowCells = q!.rows.map((r) => ({ ...base, [by === 'priorityGroup' && base.priorityGroup ? 'alsoGroup' : by]: r.key ?? 'not recorded' }))
        for (const measure of table.measures) {
          see(v, nameOf(measure, base), base, q!.total[measure]!)
          q!.rows.forEach((r, i) => see(v, nameOf(measure, rowCells[i]!), rowCells[i]!, r.measures[measure]!))
          // Rows of a breakdown add up to its total, except priority groups, which overlap.
          if (by !== 'none' && by !== 'priorityGroup') v.relations.push([nameOf(measure, base), ...rowCells.map((c) => nameOf(measure, c))])
        }
        for (const parts of table.rowParts ?? []) for (const c of [base, ...rowCells]) v.relations.push(parts.map((m) => nameOf(m, c)))
      }
      addGeography(v, { cuts })
      addAgencies(v, { cuts })
      expect(recovered(v)).toEqual([])
    }, 600_000)
  }

  it('holds for the pathway table under every area, agency and group filter, linked to the unfiltered one (ADR 0019 gaps 2 and 3)', async () => {
    const v = seen()
    const measures = ['referrals', 'assessedInTime', 'assessed', 'withOutcome', 'achieved']
    for (const { filter, base } of views(['none'], { agencies: true })) {
      const { final } = await pathwayFigures(filter, '2026-11-30')
      for (const measure of measures) {
        see(v, nameOf(measure, base), base, final!.total[measure]!)
        const rows = final!.rows.map((r) => ({ ...base, pathway: r.pathway }))
        final!.rows.forEach((r, i) => see(v, nameOf(measure, rows[i]!), rows[i]!, r.measures[measure]!))
        v.relations.push([nameOf(measure, base), ...rows.map((c) => nameOf(measure, c))])
      }
    }
    addGeography(v, { cuts: true })
    addAgencies(v, { cuts: true })
    expect(recovered(v)).toEqual([])
  }, 300_000)

  it('holds for the IOM table (strands, cohorts, cost sums behind the means) under every area, agency and group filter, linked to the unfiltered one (ADR 0019 gaps 2 and 3)', async () => {
    const v = seen()
    const memo: FigureMemo = new Map()
    // Members selected in 2025-Q3 are followed up (18 months over) on this day.
    const IOM_TODAY = '2027-06-30'
    for (const { filter, base } of views(['none'], { agencies: true })) {
      const table = await iomFigures(filter, IOM_TODAY, memo)
      // A cost sum over no one followed up is 0, known to any reader who sees that no one was: not a withheld figure.
      const costs = (m: Record<string, Shown>) => (m.followedUp!.value === 0 ? { ...m, costBefore: { value: 0, suppressed: false }, costAfter: { value: 0, suppressed: false } } : m) as Record<string, Shown>
      for (const { id: measure } of iomCostMeasures) {
        see(v, nameOf(measure, base), base, costs(table.total)[measure]!)
        const strands = table.strands.map((s) => ({ ...base, strand: s.strand }))
        v.relations.push([nameOf(measure, base), ...strands.map((c) => nameOf(measure, c))])
        table.strands.forEach((s, i) => {
          see(v, nameOf(measure, strands[i]!), strands[i]!, costs(s.total)[measure]!)
          const cohorts = s.cohorts.map((c) => ({ ...base, cohort: c.key }))
          s.cohorts.forEach((c, j) => see(v, nameOf(measure, cohorts[j]!), cohorts[j]!, costs(c.measures)[measure]!))
          v.relations.push([nameOf(measure, strands[i]!), ...cohorts.map((c) => nameOf(measure, c))])
        })
      }
    }
    addGeography(v, { cuts: true })
    addAgencies(v, { cuts: true })
    expect(recovered(v)).toEqual([])
  }, 300_000)
})
