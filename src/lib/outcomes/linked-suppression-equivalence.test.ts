import { describe, expect, it } from 'vitest'
import { boundsPartners } from './bounds'
import { shownCount, type Shown } from './disclosure'
import { determined, partnersOfDetermined, protectEachRelation, protectLinked, type Relation } from './linked-suppression'

// The sparse elimination (linked-suppression.ts: each basis row keeps the steps that made it, expanded only for the
// figure asked about) must give what the plain method gives: dense Gauss-Jordan over every withheld figure at once,
// each row carrying the relations that make it up, the basis chosen greedily in the relations' order. A shortcut
// that withheld less, or other figures, would fail here. Small random systems, fixed seed (ADR 0019, "several
// equations"; issue 14).

const P = 67_108_859
const mod = (a: number) => ((a % P) + P) % P
const mul = (a: number, b: number) => Number((BigInt(a) * BigInt(b)) % BigInt(P))
const inv = (a: number) => {
  let [r, b, e] = [1n, BigInt(a), BigInt(P - 2)]
  for (; e > 0n; e >>= 1n, b = (b * b) % BigInt(P)) if (e & 1n) r = (r * b) % BigInt(P)
  return Number(r)
}
const isWithheld = (s: Shown) => s.value === null && s.suppressed !== false

/** Dense reference: for each determined withheld figure, the relations (with non-zero multiple) whose sum gives it. */
function referenceCombinations(shown: readonly Shown[], relations: readonly Relation[]): Map<number, Set<number>> {
  const n = shown.length
  const basis: { row: number[]; from: number[] }[] = []
  relations.forEach((relation, r) => {
    const row = new Array<number>(n).fill(0)
    relation.forEach((i, k) => {
      if (isWithheld(shown[i]!)) row[i] = mod(row[i]! + (k === 0 ? 1 : -1))
    })
    const from = new Array<number>(relations.length).fill(0)
    from[r] = 1
    for (const b of basis) {
      const c = b.row.findIndex((v) => v !== 0)
      const f = row[c]!
      if (f === 0) continue
      for (let j = 0; j < n; j++) row[j] = mod(row[j]! - mul(f, b.row[j]!))
      for (let j = 0; j < from.length; j++) from[j] = mod(from[j]! - mul(f, b.from[j]!))
    }
    const c = row.findIndex((v) => v !== 0)
    if (c < 0) return
    const s = inv(row[c]!)
    const scaled = { row: row.map((v) => mul(v, s)), from: from.map((v) => mul(v, s)) }
    // Gauss-Jordan: clear the new pivot's column from the earlier rows, so every pivot column has one non-zero entry.
    for (const b of basis) {
      const f = b.row[c]!
      if (f === 0) continue
      for (let j = 0; j < n; j++) b.row[j] = mod(b.row[j]! - mul(f, scaled.row[j]!))
      for (let j = 0; j < from.length; j++) b.from[j] = mod(b.from[j]! - mul(f, scaled.from[j]!))
    }
    basis.push(scaled)
  })
  const out = new Map<number, Set<number>>()
  for (const b of basis) {
    const nonZero = b.row.flatMap((v, j) => (v !== 0 ? [j] : []))
    if (nonZero.length === 1) out.set(nonZero[0]!, new Set(b.from.flatMap((v, r) => (v !== 0 ? [r] : []))))
  }
  return out
}

/** The control's rule on top of the reference: one partner per independent system, for its first determined figure
 * that has one; the smallest non-zero shown, non-fixed figure of the relations giving it, lowest index on a tie. */
function referencePartners(counts: readonly number[], shown: readonly Shown[], relations: readonly Relation[], fixed: ReadonlySet<number>): number[] {
  const combinations = referenceCombinations(shown, relations)
  // Independent systems: withheld figures linked through relations (components of a graph, by repeated merging).
  const component = shown.map((_, i) => i)
  for (let changed = true; changed; ) {
    changed = false
    for (const relation of relations) {
      const inside = relation.filter((i) => isWithheld(shown[i]!))
      const least = Math.min(...inside.map((i) => component[i]!))
      for (const i of inside) {
        if (component[i]! === least) continue
        component[i] = least
        changed = true
      }
    }
  }
  const rank = (i: number) => (counts[i]! > 0 ? counts[i]! : Number.MAX_SAFE_INTEGER)
  const done = new Set<number>()
  const partners: number[] = []
  for (const u of [...combinations.keys()].sort((a, b) => a - b)) {
    if (done.has(component[u]!)) continue
    let partner: number | null = null
    for (const r of combinations.get(u)!) {
      for (const i of relations[r]!) {
        if (isWithheld(shown[i]!) || fixed.has(i)) continue
        if (partner === null || rank(i) < rank(partner) || (rank(i) === rank(partner) && i < partner)) partner = i
      }
    }
    if (partner === null) continue
    done.add(component[u]!)
    partners.push(partner)
  }
  return [...new Set(partners)].sort((a, b) => a - b)
}

function referenceProtect(counts: readonly number[], shown: readonly Shown[], relations: readonly Relation[], fixed: ReadonlySet<number>): Shown[] {
  let out = protectEachRelation(counts, shown, relations, fixed)
  // The bounds step (break 34 D1) has its own tests (bounds.test.ts): here it follows the dense elimination's partners.
  const pinned = boundsPartners(relations)
  const next = () => {
    const partners = referencePartners(counts, out, relations, fixed)
    return partners.length > 0 ? partners : pinned(counts, out, fixed)
  }
  for (let partners = next(); partners.length > 0; partners = next()) {
    for (const p of partners) out[p] = { value: null, suppressed: 'secondary' }
    out = protectEachRelation(counts, out, relations, fixed)
  }
  return out
}

/** A small random world: figures with counts 0 to 30 (many of them 1 to 4), relations of a whole and 1 to 4 parts. */
function world(random: () => number) {
  const size = 6 + Math.floor(random() * 20)
  const counts = Array.from({ length: size }, () => (random() < 0.4 ? 1 + Math.floor(random() * 4) : Math.floor(random() * 30)))
  const relations: Relation[] = Array.from({ length: 2 + Math.floor(random() * 14) }, () => {
    const members = new Set<number>()
    const wanted = 2 + Math.floor(random() * 4)
    while (members.size < wanted) members.add(Math.floor(random() * size))
    return [...members]
  })
  const fixed = new Set(counts.flatMap((_, i) => (random() < 0.1 ? [i] : [])))
  return { counts, relations, fixed }
}

describe('the sparse determinability check gives what dense elimination gives (ADR 0019, "several equations")', () => {
  it('the same determined figures, partners and final withheld set on 400 small random systems', () => {
    let seed = 20_261_202
    const random = () => ((seed = (seed * 48_271) % 2_147_483_647) / 2_147_483_647)
    let determinedSeen = 0
    for (let run = 0; run < 400; run++) {
      const { counts, relations, fixed } = world(random)
      const shown = counts.map(shownCount)
      const start = protectEachRelation(counts, shown, relations, fixed)
      const expected = [...referenceCombinations(start, relations).keys()].sort((a, b) => a - b)
      expect(determined(start, relations)).toEqual(expected)
      expect(partnersOfDetermined(counts, start, relations, fixed)).toEqual(referencePartners(counts, start, relations, fixed))
      const out = protectLinked(counts, shown, relations, fixed)
      expect(out).toEqual(referenceProtect(counts, shown, relations, fixed))
      if (expected.length > 0) determinedSeen++
    }
    // The worlds must exercise the check: many start with a figure several relations determine.
    expect(determinedSeen).toBeGreaterThan(40)
  })
})
