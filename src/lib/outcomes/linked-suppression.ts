// Secondary suppression over linked figures (issue 14 "Disclosure control": "secondary suppression so a hidden cell
// cannot be worked out from totals"; docs/decisions/0019-disclosure-that-cannot-be-undone.md). A table's total is
// also a figure of another table (a force's total is a row of the breakdown by force, a strand's total is the sum of
// its cohorts and a part of the IOM total): suppression must hold across every relation, not one column at a time.
import type { Shown } from './disclosure'

/**
 * One linear relation between figures: the indices of a whole and then its parts (whole = part₁ + … + partₙ; every
 * relation in the outcome tables is built so). The one-relation rule needs only which figures take part; the
 * determinability check (`determined`) reads the signs from that order: +1 for the first, −1 for each other.
 */
export type Relation = readonly number[]

const withheld = (s: Shown) => s.value === null && s.suppressed !== false

/**
 * Secondary suppression that holds across linked relations. Input: each figure's raw count (`counts`, people or events,
 * ≥ 0), its status after primary suppression (`shown`, same order), the relations between figures, and `fixed`,
 * figures whose status was decided elsewhere (a margin decided by a coarser table) and must not change here.
 * Output: the statuses, same order, such that **no relation has exactly one withheld figure**, so nothing withheld
 * can be had by subtracting shown figures from a shown total, however many views are put together (each relation is
 * one equation; with two or more unknowns in every equation, subtraction never starts).
 * A relation with one withheld figure gets a second: the smallest non-zero shown figure that is not fixed; failing
 * that the smallest shown zero (a withheld 0 is as good as any: the reader cannot tell it from 1 to 4). Repeated until
 * nothing changes (each step withholds one more figure, so it ends). A relation whose other figures are all fixed
 * (or a total with no parts at all) is left as it is: it is the fixed table's to protect, and this one cannot.
 * Then, because several relations together can isolate a figure that no single one does (break tests 27 D1 and 28
 * D4: two age bands withheld in all Wales and in South Wales, one of them only in South Wales, gave Gwent's other
 * one back in four steps), while some withheld figure is determined by all the relations together (`determined`),
 * one more figure of a relation that determines it is withheld (`partnerOfDetermined`) and the one-relation rule
 * runs again, until none is or nothing more can be withheld.
 */
export function protectLinked(counts: readonly number[], shown: readonly Shown[], relations: readonly Relation[], fixed: ReadonlySet<number> = new Set()): Shown[] {
  const out = protectEachRelation(counts, shown, relations, fixed)
  for (let partner = partnerOfDetermined(counts, out, relations, fixed); partner !== null; partner = partnerOfDetermined(counts, out, relations, fixed)) {
    out[partner] = { value: null, suppressed: 'secondary' }
    protectEachRelation(counts, out, relations, fixed).forEach((s, i) => (out[i] = s))
  }
  return out
}

/**
 * The one-relation rule alone (ADR 0019's first rule): no relation with exactly one withheld figure. Input and output
 * as protectLinked. For a caller that interleaves other rules with it and checks `determined` over all of them at the
 * end (indicator-table.ts, controlLinked: parts of a row across measures).
 */
export function protectEachRelation(counts: readonly number[], shown: readonly Shown[], relations: readonly Relation[], fixed: ReadonlySet<number> = new Set()): Shown[] {
  const out = [...shown]
  for (let changed = true; changed; ) {
    changed = false
    for (const relation of relations) {
      if (relation.filter((i) => withheld(out[i]!)).length !== 1) continue
      const candidates = relation.filter((i) => !withheld(out[i]!) && !fixed.has(i))
      if (candidates.length === 0) continue
      const rank = (i: number) => (counts[i]! > 0 ? counts[i]! : Number.MAX_SAFE_INTEGER)
      const partner = candidates.reduce((best, i) => (rank(i) < rank(best) ? i : best))
      out[partner] = { value: null, suppressed: 'secondary' }
      changed = true
    }
  }
  return out
}

/**
 * Whether some withheld figure can be worked out by subtraction alone: repeatedly, any relation with exactly one
 * unknown figure makes it known. Input as protectLinked; output the indices recovered. A weaker attack than
 * `determined` (it misses what several relations give only together); kept for the tests that show the difference.
 */
export function recoverable(shown: readonly Shown[], relations: readonly Relation[]): number[] {
  const known = shown.map((s) => !withheld(s))
  const found: number[] = []
  for (let changed = true; changed; ) {
    changed = false
    for (const relation of relations) {
      const unknown = relation.filter((i) => !known[i])
      if (unknown.length !== 1) continue
      known[unknown[0]!] = true
      found.push(unknown[0]!)
      changed = true
    }
  }
  return found
}

// Exact arithmetic modulo a prime below 2^26: the product of two residues stays below 2^52, exact in a double. The
// relations' coefficients are ±1 (and small sums of them), so a dependency that holds over the rationals holds here,
// and one that does not could appear here only if the prime divided a minor of the relation matrix: with entries ±1
// and a prime of 67 million, not in tables of this size (a false "determined" would only withhold more).
const PRIME = 67_108_859
const mod = (a: number) => ((a % PRIME) + PRIME) % PRIME
const mul = (a: number, b: number) => (a * b) % PRIME
function inverse(a: number): number {
  // Fermat: a^(p−2) mod p, by squaring.
  let result = 1
  let base = mod(a)
  for (let e = PRIME - 2; e > 0; e = Math.floor(e / 2)) {
    if (e % 2 === 1) result = mul(result, base)
    base = mul(base, base)
  }
  return result
}

/** A sparse row: column (a withheld figure's index) → non-zero coefficient mod PRIME. */
type Row = Map<number, number>

/** row += factor × other, dropping the entries that become 0. */
function addMultiple(row: Row, other: Row, factor: number) {
  for (const [col, v] of other) {
    const next = mod((row.get(col) ?? 0) + mul(factor, v))
    if (next === 0) row.delete(col)
    else row.set(col, next)
  }
}

/**
 * Gauss–Jordan elimination over the relations restricted to withheld figures (the shown ones are constants: moved to
 * the other side, their values do not matter for what is determined). Each relation becomes a sparse row (+1 for
 * its whole, −1 for each part, on withheld figures only); rows are added one at a time to a reduced echelon basis.
 * With `track`, each basis row also carries which relations (with what multiple) make it up.
 */
function reducedBasis(shown: readonly Shown[], relations: readonly Relation[], track: boolean): { row: Row; from: Row }[] {
  const basis = new Map<number, { row: Row; from: Row }>()
  relations.forEach((relation, r) => {
    const row: Row = new Map()
    relation.forEach((i, k) => {
      if (!withheld(shown[i]!)) return
      const next = mod((row.get(i) ?? 0) + (k === 0 ? 1 : -1))
      if (next === 0) row.delete(i)
      else row.set(i, next)
    })
    if (row.size === 0) return
    const from: Row = track ? new Map([[r, 1]]) : new Map()
    // Reduce against the basis: its rows are zero on each other's pivots, so one pass over the pivots present does.
    for (const col of [...row.keys()]) {
      const pivot = basis.get(col)
      const factor = row.get(col)
      if (!pivot || factor === undefined) continue
      addMultiple(row, pivot.row, PRIME - factor)
      if (track) addMultiple(from, pivot.from, PRIME - factor)
    }
    if (row.size === 0) return
    const col = Math.min(...row.keys())
    const scale = inverse(row.get(col)!)
    for (const [c, v] of row) row.set(c, mul(v, scale))
    if (track) for (const [c, v] of from) from.set(c, mul(v, scale))
    // Clear the new pivot's column from the other basis rows (reduced form: a figure is determined iff a row is it alone).
    for (const other of basis.values()) {
      const factor = other.row.get(col)
      if (factor === undefined) continue
      addMultiple(other.row, row, PRIME - factor)
      if (track) addMultiple(other.from, from, PRIME - factor)
    }
    basis.set(col, { row, from })
  })
  return [...basis.values()]
}

/**
 * The attack of break tests 27 D1 and 28 D4, as strong as the testers' solver: every relation is a linear equation,
 * every shown figure (and every absent row, a published 0, which is simply not in any relation) is substituted, and
 * a withheld figure is recoverable iff the equations fix its value, i.e. its unit vector lies in the row space of
 * the relation matrix restricted to the withheld figures (Gaussian elimination, exact modulo a prime). Subtraction
 * from one relation (`recoverable`) is the special case of a row with one withheld figure.
 * Input: the statuses (withheld = value null and suppressed) and the relations (whole first; see Relation).
 * Output: the indices of the withheld figures so determined, ascending. ADR 0019 ("Amendment: several equations").
 */
export function determined(shown: readonly Shown[], relations: readonly Relation[]): number[] {
  return reducedBasis(shown, relations, false)
    .filter((b) => b.row.size === 1)
    .map((b) => [...b.row.keys()][0]!)
    .sort((a, b) => a - b)
}

/**
 * The figure to withhold next so that a determined figure (`determined`) no longer is: for the first determined
 * figure (by index) that has one, the smallest non-zero shown figure (lowest index on a tie) that is not `fixed`, of
 * a relation that takes part in determining it (a relation with a non-zero multiple in the combination that gives
 * its value); a shown 0 only when no non-zero one can be (as protectLinked's rule). An absent row, a published 0, is
 * in no relation, so it is never chosen. Output: an index, or null when nothing is determined or nothing can be
 * withheld (a figure determined by fixed figures alone is the fixed table's to protect).
 */
export function partnerOfDetermined(counts: readonly number[], shown: readonly Shown[], relations: readonly Relation[], fixed: ReadonlySet<number> = new Set()): number | null {
  if (determined(shown, relations).length === 0) return null
  const found = reducedBasis(shown, relations, true)
    .filter((b) => b.row.size === 1)
    .sort((a, b) => [...a.row.keys()][0]! - [...b.row.keys()][0]!)
  const rank = (i: number) => (counts[i]! > 0 ? counts[i]! : Number.MAX_SAFE_INTEGER)
  for (const { from } of found) {
    let partner: number | null = null
    for (const r of [...from.keys()].sort((a, b) => a - b)) {
      for (const i of relations[r]!) {
        if (withheld(shown[i]!) || fixed.has(i)) continue
        if (partner === null || rank(i) < rank(partner) || (rank(i) === rank(partner) && i < partner)) partner = i
      }
    }
    if (partner !== null) return partner
  }
  return null
}
