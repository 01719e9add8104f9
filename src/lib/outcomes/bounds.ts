// What a reader learns from the relations by counting alone (break test 34 D1 of issue 14; ADR 0019, "Amendment:
// bounds"): counts are never negative, so a whole bounds its parts and the parts bound their whole. Exact linear
// algebra (withheld-equations.ts) misses a figure these bounds pin to one value: with all Wales 11 and South Wales 5
// shown, three regions withheld, and one region's shown authority 6, that region is at least 6 and at most 11 − 5,
// so it is 6, the other two regions and every authority of theirs 0.
import type { Shown } from './disclosure'
import { type Relation, relationsByFigure, smallestShown, withheld } from './relation'

// Relation visits per relation before the bounds are taken as settled. Each visit that changes something tightens a
// bound by at least 1; tables whose relations nest (areas in areas, groups in everyone) settle in a few.
const MAX_VISITS = 64

/**
 * Each figure's interval as a reader can narrow it: a shown figure is its value; a withheld one is at first [0, ∞)
 * (a reader cannot tell a primary from a secondary [c], nor a withheld 0 from 1 to 4) and is narrowed by every
 * relation (whole = part₁ + … + partₙ: the whole within [Σ lowest, Σ highest]; each part within [whole's lowest − the
 * others' highest, whole's highest − the others' lowest]) until nothing changes: a relation is looked at again only
 * when one of its figures narrowed. Input: statuses (value null when withheld) and relations (whole first). Output:
 * `lo`, `hi` per figure (`hi` may be Infinity).
 */
export function readerBounds(shown: readonly Shown[], relations: readonly Relation[]): { lo: number[]; hi: number[] } {
  const lo = shown.map((s) => (withheld(s) ? 0 : (s.value ?? 0)))
  const hi = shown.map((s) => (withheld(s) ? Infinity : (s.value ?? 0)))
  // Only relations with a withheld figure can narrow anything.
  const open = relations.filter((r) => r.some((i) => withheld(shown[i]!)))
  const relationsOf = relationsByFigure(open)
  const queue = open.map((_, k) => k)
  const queued = new Uint8Array(open.length).fill(1)
  // A queue read from `head` on (shift() would copy it each time); it holds at most the budget's visits.
  for (let head = 0, budget = MAX_VISITS * open.length; head < queue.length && head < budget; head++) {
    const k = queue[head]!
    queued[k] = 0
    for (const i of narrow(open[k]!, lo, hi)) {
      for (const j of relationsOf.get(i)!) {
        if (queued[j]) continue
        queued[j] = 1
        queue.push(j)
      }
    }
  }
  return { lo, hi }
}

/** One relation's bounds applied to its figures. Output: the figures that narrowed. */
function narrow([whole, ...parts]: Relation, lo: number[], hi: number[]): number[] {
  const changed: number[] = []
  const tighten = (i: number, low: number, high: number) => {
    if (low <= lo[i]! && high >= hi[i]!) return
    lo[i] = Math.max(lo[i]!, low)
    hi[i] = Math.min(hi[i]!, high)
    changed.push(i)
  }
  const sumLo = parts.reduce((n, p) => n + lo[p]!, 0)
  // Infinity − Infinity is no number: the unbounded parts are counted apart from the finite sum.
  const unbounded = parts.filter((p) => hi[p] === Infinity).length
  const finiteHi = parts.reduce((n, p) => n + (hi[p] === Infinity ? 0 : hi[p]!), 0)
  tighten(whole!, sumLo, unbounded ? Infinity : finiteHi)
  for (const p of parts) {
    const othersHi = unbounded - (hi[p] === Infinity ? 1 : 0) > 0 ? Infinity : finiteHi - (hi[p] === Infinity ? 0 : hi[p]!)
    tighten(p, lo[whole!]! - othersHi, hi[whole!]! - (sumLo - lo[p]!))
  }
  return changed
}

/**
 * The withheld figures the bounds pin to a single value above 0 (readerBounds: lowest = highest), which a reader
 * therefore knows although no equation determines them. One pinned to 0 counts no one, so it gives no one away: it is
 * the known zero of a shown 0 that bounds it (indicator-table.ts knownZeros, walk 29 D3), and withholding more beside it
 * would protect nothing. Input as readerBounds. Output: their indices, ascending. Contradictory bounds (lowest above
 * highest: figures that do not add up) pin nothing.
 */
export function pinnedByBounds(shown: readonly Shown[], relations: readonly Relation[]): number[] {
  const { lo, hi } = readerBounds(shown, relations)
  return shown.flatMap((s, i) => (withheld(s) && lo[i] === hi[i] && hi[i]! > 0 ? [i] : []))
}

/**
 * The figures to withhold next so that the bounds pin nothing (break 34 D1), for fixed relations: for each pinned
 * figure (ascending) that has one, unless a partner already chosen shares a relation with it, the smallest non-zero
 * shown figure of its relations that is not `fixed` (as the equations' partners are chosen: relation.ts smallestShown).
 * Several at once, so a large table needs few passes; one per neighbourhood, as withholding one loosens everything
 * related (all Wales's regions pinned by one region's shown authority are freed by withholding one shown region). The
 * caller withholds them and asks again, so a pin they left is met next. Input: counts (≥ 0), statuses, fixed figures.
 * Output: indices, ascending and distinct; none when nothing is pinned or nothing more can be withheld.
 */
export function boundsPartners(relations: readonly Relation[]) {
  let relationsOf: Map<number, number[]> | null = null
  return (counts: readonly number[], shown: readonly Shown[], fixed: ReadonlySet<number> = new Set()): number[] => {
    const pinned = pinnedByBounds(shown, relations)
    if (pinned.length === 0) return []
    relationsOf ??= relationsByFigure(relations)
    const partners = new Set<number>()
    const met = new Set<number>()
    for (const u of pinned) {
      const own = relationsOf.get(u) ?? []
      if (own.some((r) => met.has(r))) continue
      const partner = smallestShown(own.flatMap((r) => relations[r]!), counts, shown, fixed)
      if (partner === null) continue
      partners.add(partner)
      for (const r of relationsOf.get(partner) ?? []) met.add(r)
    }
    return [...partners].sort((a, b) => a - b)
  }
}
