import { describe, expect, it } from 'vitest'
import { cutControl, type AllCuts } from './cut-levels'
import { TOTAL_KEY } from './indicator-table'
import { cutKey, type IndicatorCounts } from './person-joins'

const q = '2025-Q3'
const people = (key: string, n: number): IndicatorCounts => ({ quarter: q, key, values: { people: n } })
const shown = (n: number) => ({ people: { value: n, suppressed: false as const } })

const byArea = (key: string) => [{ quarter: q, total: shown(20), rows: [{ key, measures: shown(20) }] }]

// Everyone in one local authority, one LDU, one force, all male: every area's cut by sex has a single row.
const all: AllCuts = {
  totals: [people('all', 20)], cut: [people('MALE', 20)],
  areaTotals: { region: [people('GWENT', 20)], ldu: [people('L1', 20)], localAuthority: [people('A1', 20)] },
  areaCuts: { region: [people(cutKey('GWENT', 'MALE'), 20)], ldu: [people(cutKey('L1', 'MALE'), 20)], localAuthority: [people(cutKey('A1', 'MALE'), 20)] },
  shownTotal: [{ quarter: q, total: shown(20), rows: [] }],
  shownAreas: { region: byArea('GWENT'), ldu: byArea('L1'), localAuthority: byArea('A1') },
  regionOf: new Map([['L1', 'GWENT'], ['A1', 'GWENT']]),
}

describe('a cut view controlled with every area’s cut (ADR 0019 amendment, cut-levels.ts)', () => {
  it('withholds the only row of a view whose total its filter withholds (the row is the total: one figure, one status)', () => {
    // The view filtered to A1 (and, say, an agency whose cell is withheld in the breakdown by agency) broken down by sex.
    const [total, male] = cutControl(all, { level: 'localAuthority', id: 'A1' }, [{ id: 'people' }])(people('all', 20), [people('MALE', 20)], new Map([[TOTAL_KEY, new Set(['people'])]]))
    expect(total!.people).toMatchObject({ value: null })
    expect(male!.people).toMatchObject({ value: null })
  })
})
