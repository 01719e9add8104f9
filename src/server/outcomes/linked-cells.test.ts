import { describe, expect, it } from 'vitest'
import { cellName, cellRelations } from './linked-cells'

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
