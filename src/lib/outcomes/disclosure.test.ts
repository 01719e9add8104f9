import { describe, expect, it } from 'vitest'
import { NOT_APPLICABLE, shownCount, shownGrid, shownParts, shownRatio, shownShare } from './disclosure'

describe('disclosure control', () => {
  it('withholds counts of 1 to 4 and shows 0 and 5', () => {
    expect([0, 1, 4, 5].map((n) => shownCount(n).value)).toEqual([0, null, null, 5])
  })

  it('withholds a rate on a base under 10, or whose numerator is withheld', () => {
    expect(shownRatio(shownCount(5), 9, 5)).toEqual({ value: null, suppressed: 'base' })
    expect(shownRatio(shownCount(3), 40, 3)).toEqual({ value: null, suppressed: 'small' })
    expect(shownRatio(shownCount(5), 20, 5)).toEqual({ value: 0.25, suppressed: false })
    expect(shownRatio(shownCount(0), 10, 0)).toEqual({ value: 0, suppressed: false })
  })

  it('calls a rate on a base of 0 not applicable, not withheld, unless its numerator is itself withheld', () => {
    expect(shownRatio(shownCount(0), 0, 0)).toEqual({ value: null, suppressed: false, notApplicable: true })
    expect(shownRatio(shownCount(0), 0, 0)).toBe(NOT_APPLICABLE)
    expect(shownRatio({ value: null, suppressed: 'secondary' }, 0, 0)).toEqual({ value: null, suppressed: 'base' })
    expect(shownRatio(shownCount(0), 3, 0)).toEqual({ value: null, suppressed: 'base' })
  })

  it('withholds a second cell when only one of a breakdown is small, so the total cannot give it away', () => {
    expect(shownParts([20, 3, 12, 0]).map((s) => s.suppressed)).toEqual([false, 'small', 'secondary', false])
    // Two small cells already protect each other.
    expect(shownParts([20, 3, 2, 12]).map((s) => s.suppressed)).toEqual([false, 'small', 'small', false])
    expect(shownParts([20, 30]).map((s) => s.value)).toEqual([20, 30])
  })

  it('withholds a count of people when the rest of their group is small, since one gives the other away', () => {
    expect(shownShare(9, 12)).toEqual({ value: null, suppressed: 'small' })
    expect(shownShare(9, 14)).toEqual({ value: 9, suppressed: false })
    expect(shownShare(12, 12)).toEqual({ value: 12, suppressed: false })
    expect(shownShare(2, 40).suppressed).toBe('small')
  })

  it('withholds along rows and down columns of a two-way table until no hidden cell follows from a total', () => {
    const hidden = shownGrid([[20, 3, 30], [15, 12, 25], [40, 50, 60]]).map((row) => row.map((c) => c.suppressed || '.'))
    // The 3 is small; its row then loses the 20 and its column the 12; the 12's row then loses the 15, which leaves
    // the first column with two hidden cells.
    expect(hidden).toEqual([['secondary', 'small', '.'], ['secondary', 'secondary', '.'], ['.', '.', '.']])
  })
})
