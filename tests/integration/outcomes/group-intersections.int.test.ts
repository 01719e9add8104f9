import { beforeAll, describe, expect, it } from 'vitest'
import type { Sex } from '../../../src/generated/prisma/enums'
import type { Shown } from '../../../src/lib/outcomes/disclosure'
import type { OutcomeTableName } from '../../../src/lib/outcomes/columns'
import { prisma } from '../../../src/server/db'
import { indicatorFigures } from '../../../src/server/outcomes/compute-outcome-figures'
import type { FigureMemo } from '../../../src/server/outcomes/filter-cells'
import { ZOutcomeFilter } from '../../../src/server/outcomes/outcome-filter'
import { buildOutcomeWorld } from './outcome-world'

// Issue 14 "Disclosure control" (ADR 0019 amendment "a group's intersections"): a figure a reader can see in several
// views has one status in all of them. Women are the people whose sex is female, so WOMEN ∩ young adults is the
// young adults' row "female", and the women's total is everyone's row "female"; young adults are aged 18 to 25, so
// their age band 21-24 is everyone's. Before, each of these was one figure withheld in one view and shown in another.

let w: Awaited<ReturnType<typeof buildOutcomeWorld>>

beforeAll(async () => {
  w = await buildOutcomeWorld()
  // [sex, born, how many]: in 2025-Q3, six young women and three young men (21-24), two women in their forties.
  const people: [Sex, string, number][] = [
    ['FEMALE', '2003-03-01', 6],
    ['MALE', '2003-03-01', 3],
    ['FEMALE', '1980-03-01', 2],
  ]
  for (const [sex, dateOfBirth, n] of people) {
    for (let i = 0; i < n; i++) {
      const p = await w.person({ sex, dateOfBirth, la: 0 })
      await w.sentence(p.id, 'COMMUNITY_ORDER', '2025-07-15')
      await prisma.contact.create({ data: { offenderId: p.id, type: 'APPOINTMENT', occurredAt: new Date('2025-08-01T09:00:00Z'), outcome: 'ATTENDED', notes: 'Seen', authorId: w.officer.id, authorAgencyId: w.agency.id } })
    }
  }
}, 120_000)

type View = { group?: string; by: string; row: string | null }

/** The status of one figure in one view: the row `row` of the view (null: its total), in quarter 2025-Q3. */
async function statusIn(table: OutcomeTableName, measure: string, area: Record<string, string>, agencyId: string | undefined, v: View, memo: FigureMemo): Promise<Shown | undefined> {
  const f = ZOutcomeFilter.parse({ from: '2025-Q3', to: '2025-Q3', ...area, agencyId, group: v.group, by: v.by })
  const [q] = await indicatorFigures(f, table, '2026-11-30', memo)
  const measures = v.row === null ? q!.total : q!.rows.find((r) => r.key === v.row)?.measures
  return measures?.[measure] as Shown | undefined
}

// Each figure, as the views that show it.
const sameFigure: [string, View[]][] = [
  ['women who are young adults', [{ group: 'YOUNG_ADULTS', by: 'sex', row: 'FEMALE' }, { group: 'YOUNG_ADULTS', by: 'priorityGroup', row: 'WOMEN' }, { group: 'WOMEN', by: 'priorityGroup', row: 'YOUNG_ADULTS' }]],
  ['women', [{ by: 'sex', row: 'FEMALE' }, { group: 'WOMEN', by: 'none', row: null }, { by: 'priorityGroup', row: 'WOMEN' }]],
  ['everyone aged 21 to 24', [{ by: 'ageBand', row: '21-24' }, { group: 'YOUNG_ADULTS', by: 'ageBand', row: '21-24' }]],
]
const tables: [OutcomeTableName, string][] = [
  ['reoffending', 'people'],
  ['appointments', 'appointments'],
]

describe('a figure seen under a group filter and without one has one status (issue 14, ADR 0019)', () => {
  for (const [figure, views] of sameFigure) {
    it(`gives ${figure} one status in every view that shows them, in every area and agency choice`, async () => {
      const memo: FigureMemo = new Map()
      let withheld = 0
      for (const [table, measure] of tables) {
        for (const area of [{ lduId: w.ldu.id }, { localAuthorityId: w.las[0]!.id }] as Record<string, string>[]) {
          for (const agencyId of [w.agency.id, undefined]) {
            const statuses = await Promise.all(views.map((v) => statusIn(table, measure, area, agencyId, v, memo)))
            const label = `${table} ${JSON.stringify(area)} ${agencyId ?? 'all agencies'}`
            // Every view shows the figure (as a row, withheld or not): a missing row would be a published 0.
            statuses.forEach((s, i) => expect(s, `${label} ${JSON.stringify(views[i])}`).toBeDefined())
            expect(new Set(statuses.map((s) => JSON.stringify(s))).size, `${label}: ${JSON.stringify(statuses)}`).toBe(1)
            if (statuses[0]!.value === null) withheld++
          }
        }
      }
      // Not vacuous: the fixture's cells are small, so the figure is withheld somewhere.
      expect(withheld).toBeGreaterThan(0)
    }, 300_000)
  }
})
