import { describe, expect, it } from 'vitest'
import { shownCount, withSecondary, type Shown } from './disclosure'
import { protectLinked, recoverable, type Relation } from './linked-suppression'

const values = (s: Shown[]) => s.map((x) => x.value)

describe('secondary suppression across linked relations (issue 14, ADR 0019)', () => {
  it('withholds a second figure of a relation with one withheld, the smallest non-zero one', () => {
    // MAPPA 2026-Q3 from the break test: all Wales 48 = North Wales 7 + South Wales 32 + Gwent 5 + Dyfed-Powys 4.
    const counts = [48, 7, 32, 5, 4]
    const out = protectLinked(counts, counts.map(shownCount), [[0, 1, 2, 3, 4]])
    expect(values(out)).toEqual([48, 7, 32, null, null])
    expect(out[3]).toEqual({ value: null, suppressed: 'secondary' })
    expect(recoverable(out, [[0, 1, 2, 3, 4]])).toEqual([])
  })

  it('holds across a hierarchy, where suppressing each table on its own leaves a figure to be worked out', () => {
    // An IOM total over two strands, each the sum of its cohorts: total 0 = A 1 + B 2; A 1 = a1 3 + a2 4 + a3 5;
    // B 2 = b1 6 + b2 7. Counts: a1 3 (small), a2 9, a3 30; b1 20, b2 21.
    const counts = [83, 42, 41, 3, 9, 30, 20, 21]
    const relations: Relation[] = [[0, 1, 2], [1, 3, 4, 5], [2, 6, 7]]
    // Each table alone: strand A's cohorts withhold a1 and a2, the strands are both shown, B's cohorts shown.
    const alone = [...[83, 42, 41].map(shownCount), ...withSecondary([3, 9, 30].map(shownCount), [3, 9, 30]), ...[20, 21].map(shownCount)]
    expect(recoverable(alone, relations)).toEqual([])
    // …and with a withheld strand total, the other table hands it back: B withheld alone in its column of strands.
    const strandWithheld = [...alone]
    strandWithheld[2] = { value: null, suppressed: 'small' }
    expect(recoverable(strandWithheld, relations)).toEqual([2])
    const out = protectLinked(counts, strandWithheld, relations)
    expect(recoverable(out, relations)).toEqual([])
    expect(out.filter((s) => s.value === null).length).toBeGreaterThanOrEqual(5)
  })

  it('never changes a fixed figure, and withholds a zero when nothing else can be', () => {
    // A filtered total (fixed: decided by the breakdown over the filter) withheld; its only non-zero part must go too.
    const counts = [12, 12, 0]
    const out = protectLinked(counts, [{ value: null, suppressed: 'secondary' }, shownCount(12), shownCount(0)], [[0, 1, 2]], new Set([0]))
    expect(values(out)).toEqual([null, null, 0])
    const shownTotal = protectLinked([12, 12, 0], [shownCount(12), { value: null, suppressed: 'secondary' }, shownCount(0)], [[0, 1, 2]], new Set([0]))
    expect(shownTotal[2]).toEqual({ value: null, suppressed: 'secondary' })
  })

  it('leaves a relation alone when every other figure of it is fixed: the fixed table protects it', () => {
    expect(values(protectLinked([5, 5], [shownCount(5), { value: null, suppressed: 'secondary' }], [[0, 1]], new Set([0])))).toEqual([5, null])
  })

  it('finds what subtraction gives away, step by step', () => {
    const hidden: Shown = { value: null, suppressed: 'small' }
    // 10 = x + 6 gives x; then 7 = x + y gives y.
    expect(recoverable([shownCount(10), hidden, shownCount(6), shownCount(7), hidden], [[0, 1, 2], [3, 1, 4]])).toEqual([1, 4])
  })
})
