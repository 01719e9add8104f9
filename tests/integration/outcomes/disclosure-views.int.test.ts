import { beforeAll, describe, expect, it } from 'vitest'
import type { Region, Sex } from '../../../src/generated/prisma/enums'
import type { Shown } from '../../../src/lib/outcomes/disclosure'
import { recoverable, type Relation } from '../../../src/lib/outcomes/linked-suppression'
import { prisma } from '../../../src/server/db'
import { indicatorFigures } from '../../../src/server/outcomes/compute-outcome-figures'
import type { FigureMemo } from '../../../src/server/outcomes/filter-cells'
import { ZOutcomeFilter, type Breakdown } from '../../../src/server/outcomes/outcome-filter'
import { fixtureCrn, nextFixtureNumber } from '../../support/unique'
import { buildOutcomeWorld, day } from './outcome-world'

// Issue 14 break test (ADR 0019): no withheld figure can be worked out by subtracting shown figures from a shown
// total, across every view a user can ask for: each filter (an area choice, a priority group, both) with each
// breakdown, as the dashboard, its CSV/XLSX and the board pack all show them. The fixture has small cells on purpose,
// in an agency of its own (every view is filtered to it, so other tests' people never enter).

type Cell = Record<string, string>
let agencyId: string
const areaChoices: Cell[] = [{}]
const hierarchy: [Region, string[], string[]][] = []
const groups = [undefined, 'WOMEN', 'YOUNG_ADULTS'] as const
const breakdownsTried: Breakdown[] = ['none', 'region', 'ldu', 'localAuthority', 'priorityGroup', 'sex', 'ageBand', 'ethnicity']

beforeAll(async () => {
  const w = await buildOutcomeWorld()
  agencyId = w.agency.id
  const gwentLdu = await prisma.area.create({ data: { code: `${w.ldu.code}-G`, name: `Gwent ${w.ldu.code}`, region: 'GWENT', agencyId } })
  const bigGwentLdu = await prisma.area.create({ data: { code: `${w.ldu.code}-G2`, name: `Gwent two ${w.ldu.code}`, region: 'GWENT', agencyId } })
  const secondLdu = await prisma.area.create({ data: { code: `${w.ldu.code}-2`, name: `Second ${w.ldu.code}`, region: 'NORTH_WALES', agencyId } })
  const gwentLa = await prisma.localAuthority.create({ data: { code: `G${w.las[0]!.code}`.slice(0, 20), name: `Gwent authority ${w.ldu.code}`, region: 'GWENT' } })
  const la = [w.las[0]!.id, w.las[1]!.id, gwentLa.id]
  // [LDU, local authority, sex, born, ethnicity, how many, how many reoffend]
  const groupsOfPeople: [string, number, Sex, string, string, number, number][] = [
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
  ]
  for (const [lduId, laIndex, sex, born, ethnicity, n, reoffending] of groupsOfPeople) {
    for (let i = 0; i < n; i++) {
      const k = await nextFixtureNumber(prisma)
      const p = await prisma.offender.create({ data: { crn: fixtureCrn(k), firstName: 'Cell', lastName: `Member${k}`, dateOfBirth: day(born), sex, ethnicity, responsibleAgencyId: agencyId, lduId, localAuthorityId: la[laIndex]! } })
      await w.sentence(p.id, 'COMMUNITY_ORDER', '2025-07-15')
      if (i < reoffending) await w.proven(p.id, { offence: '2025-08-15', proven: '2025-09-15' })
    }
  }
  hierarchy.push(['NORTH_WALES', [w.ldu.id, secondLdu.id], [la[0]!, la[1]!]], ['GWENT', [gwentLdu.id, bigGwentLdu.id], [la[2]!]])
  for (const region of ['NORTH_WALES', 'GWENT'] satisfies Region[]) areaChoices.push({ region })
  for (const lduId of [w.ldu.id, secondLdu.id, gwentLdu.id, bigGwentLdu.id]) areaChoices.push({ lduId })
  for (const localAuthorityId of la) areaChoices.push({ localAuthorityId })
})

// The cell a figure counts: its constraints, the region dropped where an LDU or local authority implies it (in this
// fixture every person's LDU and authority are in one region), so the same people have one name in every view.
const dimensionOf: Record<string, string> = { region: 'region', lduId: 'ldu', localAuthorityId: 'localAuthority', group: 'priorityGroup' }
function cellName(c: Cell): string {
  const parts = Object.entries(c).filter(([k]) => !(k === 'region' && (c.ldu || c.localAuthority)))
  return parts.sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => `${k}=${v}`).join('|')
}

describe('no withheld figure can be worked out across the views a user can ask for (issue 14, ADR 0019)', () => {
  it('holds for proven reoffending over every filter and breakdown', async () => {
    const figures = new Map<string, { shown: Shown; value: number | null }>()
    const relations: { measure: string; cells: string[] }[] = []
    // One memo for every view: the same figures as each view computed alone, each parent breakdown computed once.
    const memo: FigureMemo = new Map()
    const see = (cell: string, s: Shown) => {
      const was = figures.get(cell)
      // A figure shown in one view and withheld in another is known: it is shown somewhere.
      if (!was || (was.value === null && s.value !== null)) figures.set(cell, { shown: s, value: s.value })
      if (was && was.value !== null && s.value !== null) expect(s.value, cell).toBe(was.value)
    }
    for (const area of areaChoices) {
      for (const group of groups) {
        for (const by of breakdownsTried) {
          const chosen: Cell = { ...area, ...(group ? { group } : {}) }
          const asked = { from: '2025-Q3', to: '2025-Q3', agencyId, ...chosen, by }
          if (Object.keys(area).length > 0 && ['region', 'ldu', 'localAuthority'].includes(by)) {
            // An area beside an area breakdown is refused: no such view (its intersections would give cells away).
            expect(ZOutcomeFilter.safeParse(asked).success).toBe(false)
            continue
          }
          const filter = ZOutcomeFilter.parse(asked)
          const [q] = await indicatorFigures(filter, 'reoffending', '2026-11-30', memo)
          const base: Cell = Object.fromEntries(Object.entries(chosen).map(([k, v]) => [dimensionOf[k]!, v]))
          for (const measure of ['people', 'reoffenders'] as const) {
            const total = cellName(base)
            see(`${measure}:${total}`, q!.total[measure]!)
            const rows = q!.rows.map((r) => cellName({ ...base, [by]: r.key ?? 'not recorded' }))
            q!.rows.forEach((r, i) => see(`${measure}:${rows[i]}`, r.measures[measure]!))
            // Rows of a breakdown add up to its total, except priority groups, which overlap.
            if (by !== 'none' && by !== 'priorityGroup') relations.push({ measure, cells: [total, ...rows] })
          }
        }
      }
    }
    // Geography is public: a force is the sum of its LDUs, and of its local authorities (every person here has both).
    for (const group of groups) {
      for (const measure of ['people', 'reoffenders'] as const) {
        for (const [region, ldus, las] of hierarchy) {
          const named = (c: Cell) => `${measure}:${cellName({ ...c, ...(group ? { priorityGroup: group } : {}) })}`
          const parts = (level: string, ids: string[]) => ids.map((id) => named({ [level]: id })).filter((n) => figures.has(n))
          for (const [level, ids] of [['ldu', ldus], ['localAuthority', las]] as const) relations.push({ measure: '', cells: [named({ region }), ...parts(level, ids)] })
        }
      }
    }
    const names = [...figures.keys()]
    const index = new Map(names.map((n, i) => [n, i]))
    const linked: Relation[] = relations.map((r) => r.cells.map((c) => index.get(r.measure ? `${r.measure}:${c}` : c)!).filter((i) => i !== undefined))
    const recovered = recoverable(names.map((n) => figures.get(n)!.shown), linked).map((i) => names[i])
    expect(names.filter((n) => figures.get(n)!.value === null).length).toBeGreaterThan(0)
    expect(recovered).toEqual([])
  }, 300_000)
})
