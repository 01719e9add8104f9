import { describe, expect, it } from 'vitest'
import { cellName } from './cell-names'
import { cellRelations } from './cell-relations'
import { groupPairs, groupRowCell } from './group-cells'
import { priorityGroups } from './priority-groups'

// The relations between an indicator's cells (ADR 0019): one force of two LDUs, the second LDU recorded as two local
// authorities; two agencies; a cut by sex.
const names = [
  cellName('*', '*', '*'), cellName('region:GWENT', '*', '*'), cellName('ldu:L1', '*', '*'), cellName('ldu:L2', '*', '*'),
  cellName('localAuthority:A1', '*', '*'), cellName('localAuthority:A2', '*', '*'), cellName('localAuthority:A3', '*', '*'),
  cellName('ldu:L2', 'X', '*'), cellName('ldu:L2', 'Y', '*'),
  cellName('ldu:L2', '*', 'sex:MALE'), cellName('ldu:L2', '*', 'sex:FEMALE'),
]
const at = (n: string) => names.indexOf(n)
const geography = { regionOf: new Map(['L1', 'L2', 'A1', 'A2', 'A3'].map((id) => [id, 'GWENT'])), lduOf: new Map([['A2', 'L2'], ['A3', 'L2']]) }

describe('cellRelations (issue 14, ADR 0019)', () => {
  const relations = cellRelations(names, geography).map((r) => [...r])

  it('links all Wales and the force to each area level, and an LDU to its recorded authorities', () => {
    expect(relations).toContainEqual([at(cellName('*', '*', '*')), at(cellName('region:GWENT', '*', '*'))])
    expect(relations).toContainEqual([at(cellName('*', '*', '*')), at(cellName('ldu:L1', '*', '*')), at(cellName('ldu:L2', '*', '*'))])
    expect(relations).toContainEqual([at(cellName('region:GWENT', '*', '*')), ...['A1', 'A2', 'A3'].map((a) => at(cellName(`localAuthority:${a}`, '*', '*')))])
    expect(relations).toContainEqual([at(cellName('ldu:L2', '*', '*')), at(cellName('localAuthority:A2', '*', '*')), at(cellName('localAuthority:A3', '*', '*'))])
    // L1's authority is not recorded: no relation names it.
    expect(relations.some((r) => r[0] === at(cellName('ldu:L1', '*', '*')))).toBe(false)
  })

  it('links all agencies to each agency and the uncut cell to each value of a cut', () => {
    expect(relations).toContainEqual([at(cellName('ldu:L2', '*', '*')), at(cellName('ldu:L2', 'X', '*')), at(cellName('ldu:L2', 'Y', '*'))])
    expect(relations).toContainEqual([at(cellName('ldu:L2', '*', '*')), at(cellName('ldu:L2', '*', 'sex:MALE')), at(cellName('ldu:L2', '*', 'sex:FEMALE'))])
  })
})

describe('groupRowCell: the cell a breakdown by group reads (issue 14, ADR 0019 amendment "a group\u2019s intersections")', () => {
  it('reads g ∩ h from one pair\u2019s cells whichever of the two is the filter', () => {
    expect(groupRowCell('YOUNG_ADULTS', 'IOM')).toEqual({ group: 'YOUNG_ADULTS', also: 'IOM', cut: '*' })
    expect(groupRowCell('IOM', 'YOUNG_ADULTS')).toEqual({ group: 'YOUNG_ADULTS', also: 'IOM', cut: '*' })
  })

  it('reads WOMEN ∩ g as g\u2019s cut sex = FEMALE, under either filter', () => {
    expect(groupRowCell('VETERANS', 'WOMEN')).toEqual({ group: 'VETERANS', cut: 'sex:FEMALE' })
    expect(groupRowCell('WOMEN', 'VETERANS')).toEqual({ group: 'VETERANS', cut: 'sex:FEMALE' })
  })

  it('reads a group\u2019s own row as its total, with or without its filter', () => {
    expect(groupRowCell(undefined, 'MAPPA')).toEqual({ group: 'MAPPA', cut: '*' })
    expect(groupRowCell('MAPPA', 'MAPPA')).toEqual({ group: 'MAPPA', cut: '*' })
  })

  it('stores every pair a view can read, once, and none with WOMEN', () => {
    const read = new Set(priorityGroups.flatMap((g) => priorityGroups.map((h) => groupRowCell(g, h))).filter((c) => c.also).map((c) => `${c.group}&${c.also}`))
    expect(new Set(groupPairs().map(([g, h]) => `${g}&${h}`))).toEqual(read)
    expect(groupPairs()).toHaveLength(21)
  })
})
