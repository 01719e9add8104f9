import { describe, expect, it } from 'vitest'
import { shownCount, withSecondary, type Shown } from './disclosure'
import { determined, partnersOfDetermined, protectLinked, recoverable, type Relation } from './linked-suppression'

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

  // Break tests 27 D1 and 28 D4 (appointments with an outcome, 2025-Q4, by age band), as a small hand-built system:
  // all Wales (W), South Wales (S), Gwent (G) and North Wales (N) by the bands 10-17, 18-20, 21-24, 25-29 and the rest.
  // Only South Wales has a 10-17 row and only South Wales and Gwent an 18-20 row (absent rows are published zeros, so
  // they are in no relation). W(10-17) + W(18-20) and S(10-17) + S(18-20) follow from the shown totals, W(10-17) =
  // S(10-17), so Gwent's 18-20 = W(18-20) − S(18-20) is their difference: four steps, each relation with two or more
  // withheld figures.
  const names = ['W', 'W10', 'W18', 'W21', 'W25', 'Wrest', 'S', 'S10', 'S18', 'S21', 'S25', 'Srest', 'G', 'G18', 'G21', 'G25', 'Grest', 'N', 'N21', 'N25', 'Nrest'] as const
  const at = (n: (typeof names)[number]) => names.indexOf(n)
  const bandsOf = (force: string, bands: string[]) => [at(force as never), ...bands.map((b) => at(`${force}${b}` as never))]
  const ageBandRelations: Relation[] = [
    bandsOf('W', ['10', '18', '21', '25', 'rest']),
    bandsOf('S', ['10', '18', '21', '25', 'rest']),
    bandsOf('G', ['18', '21', '25', 'rest']),
    bandsOf('N', ['21', '25', 'rest']),
    [at('W'), at('S'), at('G'), at('N')],
    [at('W10'), at('S10')],
    [at('W18'), at('S18'), at('G18')],
    [at('W21'), at('S21'), at('G21'), at('N21')],
    [at('W25'), at('S25'), at('G25'), at('N25')],
    [at('Wrest'), at('Srest'), at('Grest'), at('Nrest')],
  ]
  // Counts whose one-relation control (ADR 0019's first rule) ends in the testers' pattern: Gwent's 18-20 (2) takes
  // its 21-24 (5) as partner, which takes North Wales' 21-24 (5), which takes its 25-29 (6), which takes Gwent's 25-29.
  const ageBandCounts: Record<(typeof names)[number], number> = {
    W: 300, W10: 1, W18: 4, W21: 16, W25: 28, Wrest: 251,
    S: 105, S10: 1, S18: 2, S21: 6, S25: 15, Srest: 81,
    G: 134, G18: 2, G21: 5, G25: 7, Grest: 120,
    N: 61, N21: 5, N25: 6, Nrest: 50,
  }
  const counts = names.map((n) => ageBandCounts[n])

  it('finds a figure that several relations determine together though none has one withheld figure (break tests 27 D1, 28 D4)', () => {
    const hidden: Shown = { value: null, suppressed: 'secondary' }
    const withheldHere = new Set(['W10', 'W18', 'S10', 'S18', 'G18', 'G21', 'G25', 'N21', 'N25'])
    const shown = names.map((n, i) => (withheldHere.has(n) ? hidden : shownCount(counts[i]!)))
    for (const relation of ageBandRelations) expect(relation.filter((i) => shown[i]!.value === null).length).not.toBe(1)
    expect(recoverable(shown, ageBandRelations)).toEqual([])
    expect(determined(shown, ageBandRelations).map((i) => names[i])).toEqual(['G18'])
    // The partner comes from a relation that takes part (W's or S's bands, W10 = S10, W18 = S18 + G18): the smallest
    // non-zero shown figure of them, South Wales' 21-24 (6).
    expect(partnersOfDetermined(counts, shown, ageBandRelations).map((i) => names[i])).toEqual(['S21'])
  })

  it('withholds until no withheld figure is determined by all relations together, never a fixed one', () => {
    const out = protectLinked(counts, counts.map(shownCount), ageBandRelations)
    expect(determined(out, ageBandRelations).map((i) => names[i])).toEqual([])
    for (const relation of ageBandRelations) expect(relation.filter((i) => out[i]!.value === null).length).not.toBe(1)
    // Primary suppression kept; shown figures keep their values.
    out.forEach((s, i) => (s.value === null ? expect(s.suppressed).toBeTruthy() : expect(s.value).toBe(counts[i])))
    // The totals fixed (a coarser table's): the extra figure is a band.
    const totals = new Set(['W', 'S', 'G', 'N'].map((n) => at(n as never)))
    const fixedOut = protectLinked(counts, counts.map(shownCount), ageBandRelations, totals)
    expect(determined(fixedOut, ageBandRelations)).toEqual([])
    for (const i of totals) expect(fixedOut[i]!.value).toBe(counts[i])
  })

  it('reads the signs from the order, whole first: x + y and x − y known together give both', () => {
    const hidden: Shown = { value: null, suppressed: 'small' }
    // 0: a = x + y (shown), 3: b = x + z, 4: z = y (z and y withheld too): with z = y, b − a = 0, nothing determined.
    const shown = [shownCount(10), hidden, hidden, shownCount(10), hidden]
    expect(determined(shown, [[0, 1, 2], [3, 1, 4], [4, 2]])).toEqual([])
    // 5: c = x − y as c + y = x, i.e. x = c + y: with a = x + y, 2x = a + c gives x and then y.
    const withDifference = [...shown, shownCount(6)]
    expect(determined(withDifference, [[0, 1, 2], [1, 5, 2]])).toEqual([1, 2])
  })

  it('leaves alone what only fixed figures could protect, and never picks an absent row', () => {
    const hidden: Shown = { value: null, suppressed: 'small' }
    // a = x + y, b = x − … : x alone in a relation with only fixed figures besides.
    const shown = [shownCount(10), hidden, hidden, shownCount(7)]
    const relations: Relation[] = [[0, 1, 2], [3, 1]]
    expect(determined(shown, relations)).toEqual([1, 2])
    expect(partnersOfDetermined([10, 3, 7, 7], shown, relations, new Set([0, 3]))).toEqual([])
    expect(protectLinked([10, 3, 7, 7], shown, relations, new Set([0, 3]))).toEqual(shown)
  })
})
