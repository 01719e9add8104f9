import { describe, expect, it } from 'vitest'
import { pinnedByBounds, readerBounds } from './bounds'
import type { Shown } from './disclosure'
import { determined, protectLinked, type Relation } from './linked-suppression'

const c: Shown = { value: null, suppressed: 'small' }
const shown = (value: number): Shown => ({ value, suppressed: false })

// Break 34 D1: all Wales 11 = South Wales 5 + Gwent + North Wales + Dyfed-Powys (three withheld), each region the sum
// of two authorities; South Wales's shown (3, 2), Gwent's first shown 6, every other authority withheld.
const names = ['Wales', 'South', 'Gwent', 'North', 'Dyfed', 'S1', 'S2', 'G1', 'G2', 'N1', 'N2', 'D1', 'D2']
const counts = [11, 5, 6, 0, 0, 3, 2, 6, 0, 0, 0, 0, 0]
const relations: Relation[] = [[0, 1, 2, 3, 4], [1, 5, 6], [2, 7, 8], [3, 9, 10], [4, 11, 12]]
const statuses = (): Shown[] => counts.map((n, i) => ([2, 3, 4, 8, 9, 10, 11, 12].includes(i) ? c : shown(n)))

describe('what counting alone tells a reader (break 34 D1; ADR 0019, bounds)', () => {
  it('pins figures no equation determines: Gwent at least its shown 6 and at most 11 − 5, so 6, the rest 0', () => {
    expect(determined(statuses(), relations)).toEqual([])
    // The zeros count no one (as a shown 0's known zeros): Gwent's 6 is what is given away.
    expect(pinnedByBounds(statuses(), relations).map((i) => names[i])).toEqual(['Gwent'])
    const { lo, hi } = readerBounds(statuses(), relations)
    expect([2, 3, 4, 8].map((i) => [lo[i], hi[i]])).toEqual([[6, 6], [0, 0], [0, 0], [0, 0]])
  })

  it('narrows without pinning where the figures leave room, and leaves an unbounded whole unbounded', () => {
    // 5 = a + b, both withheld: each 0 to 5. A withheld whole of withheld parts: 0 to ∞.
    expect(readerBounds([shown(5), c, c], [[0, 1, 2]])).toEqual({ lo: [5, 0, 0], hi: [5, 5, 5] })
    expect(readerBounds([c, c, shown(3)], [[0, 1, 2]])).toEqual({ lo: [3, 0, 3], hi: [Infinity, Infinity, 3] })
    expect(pinnedByBounds([shown(5), c, c], [[0, 1, 2]])).toEqual([])
  })

  it('pins nothing where the figures contradict each other', () => {
    expect(pinnedByBounds([shown(2), c, shown(7)], [[0, 1, 2]])).toEqual([])
  })

  it('withholds until the bounds pin nothing and no equation determines anything', () => {
    const out = protectLinked(counts, statuses(), relations)
    expect(pinnedByBounds(out, relations)).toEqual([])
    expect(determined(out, relations)).toEqual([])
    // One more region is enough (South Wales, the smallest shown figure beside Gwent), then the one-relation rule
    // takes one of its authorities: Gwent's shown authority and the all-Wales total stay shown.
    expect(out.map((s) => s.value)).toEqual([11, null, null, null, null, 3, null, 6, null, null, null, null, null])
  })
})
