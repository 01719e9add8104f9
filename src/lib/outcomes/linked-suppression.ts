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
 * one more figure of a relation that determines it is withheld (`partnersOfDetermined`) and the one-relation rule
 * runs again, until none is or nothing more can be withheld.
 */
export function protectLinked(counts: readonly number[], shown: readonly Shown[], relations: readonly Relation[], fixed: ReadonlySet<number> = new Set()): Shown[] {
  const out = protectEachRelation(counts, shown, relations, fixed)
  for (let partners = partnersOfDetermined(counts, out, relations, fixed); partners.length > 0; partners = partnersOfDetermined(counts, out, relations, fixed)) {
    for (const partner of partners) out[partner] = { value: null, suppressed: 'secondary' }
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

/** A relation restricted to the withheld figures (the shown ones are constants: their values do not matter for what is
 * determined), with its index among the relations: +1 for its whole, −1 for each part. */
type Equation = { row: Row; relation: number }

/**
 * The relations as equations over the withheld figures only, split into independent systems (figures linked by some
 * equation are in one; union-find): elimination cost grows faster than size, and most systems are small.
 */
function systems(shown: readonly Shown[], relations: readonly Relation[]): Equation[][] {
  const parent = new Map<number, number>()
  const root = (i: number): number => {
    let r = i
    while (parent.get(r) !== r) r = parent.get(r)!
    // Path compression: every figure on the way points at the root.
    for (let j = i; j !== r; ) {
      const next = parent.get(j)!
      parent.set(j, r)
      j = next
    }
    return r
  }
  const equations: Equation[] = []
  relations.forEach((relation, r) => {
    const row: Row = new Map()
    relation.forEach((i, k) => {
      if (!withheld(shown[i]!)) return
      const next = mod((row.get(i) ?? 0) + (k === 0 ? 1 : -1))
      if (next === 0) row.delete(i)
      else row.set(i, next)
    })
    if (row.size === 0) return
    const cols = [...row.keys()]
    for (const c of cols) if (!parent.has(c)) parent.set(c, c)
    for (const c of cols.slice(1)) parent.set(root(c), root(cols[0]!))
    equations.push({ row, relation: r })
  })
  const bySystem = new Map<number, Equation[]>()
  for (const e of equations) {
    const r = root(e.row.keys().next().value!)
    const system = bySystem.get(r)
    if (system) system.push(e)
    else bySystem.set(r, [e])
  }
  return [...bySystem.values()]
}

const minKey = (row: Row) => {
  let m = Infinity
  for (const c of row.keys()) if (c < m) m = c
  return m
}

/**
 * Forward elimination of one system to an echelon basis: each row's smallest column is its pivot, with coefficient 1,
 * and no two rows share one. With `track`, each row also carries which relations, with what multiple, make it up.
 */
function echelon(equations: Equation[], track: boolean): Map<number, { row: Row; from: Row }> {
  const pivots = new Map<number, { row: Row; from: Row }>()
  for (const e of equations) {
    const row: Row = new Map(e.row)
    const from: Row = track ? new Map([[e.relation, 1]]) : new Map()
    while (row.size > 0) {
      const c = minKey(row)
      const pivot = pivots.get(c)
      if (!pivot) {
        const scale = inverse(row.get(c)!)
        for (const [k, v] of row) row.set(k, mul(v, scale))
        for (const [k, v] of from) from.set(k, mul(v, scale))
        pivots.set(c, { row, from })
        break
      }
      const factor = PRIME - row.get(c)!
      addMultiple(row, pivot.row, factor)
      if (track) addMultiple(from, pivot.from, factor)
    }
  }
  return pivots
}

/**
 * The withheld figures one system determines: its echelon basis, then two null vectors of the system, its free
 * figures set to pseudo-random values (a fixed seed, so the result is the same on every run), the pivots solved back.
 * A figure is determined iff it is 0 in every null vector (its unit vector is then in the row space); a random one is
 * 0 where it need not be with probability 1 / 67,108,859, so two are used, and an error would only withhold more.
 */
function determinedIn(equations: Equation[]): number[] {
  const pivots = echelon(equations, false)
  const columns = new Set(equations.flatMap((e) => [...e.row.keys()]))
  let seed = 12_345
  const random = () => (seed = mul(seed, 48_271) || 1)
  const order = [...pivots.keys()].sort((a, b) => b - a)
  const nullVector = () => {
    const x = new Map<number, number>()
    for (const c of columns) if (!pivots.has(c)) x.set(c, random())
    // Back from the largest pivot: a row's other columns are larger than its pivot, so already known.
    for (const p of order) {
      let sum = 0
      for (const [c, v] of pivots.get(p)!.row) if (c !== p) sum = mod(sum + mul(v, x.get(c)!))
      x.set(p, mod(-sum))
    }
    return x
  }
  const [a, b] = [nullVector(), nullVector()]
  return order.filter((p) => a.get(p) === 0 && b.get(p) === 0).sort((x, y) => x - y)
}

/**
 * Which relations, with what multiple, add up to the unit vector of a determined figure `u` (so take part in
 * determining it): `u` reduced against the system's tracked echelon basis.
 */
function combinationFor(u: number, pivots: Map<number, { row: Row; from: Row }>): Row {
  const v: Row = new Map([[u, 1]])
  const y: Row = new Map()
  while (v.size > 0) {
    const c = minKey(v)
    const pivot = pivots.get(c)!
    const factor = v.get(c)!
    addMultiple(v, pivot.row, PRIME - factor)
    addMultiple(y, pivot.from, factor)
  }
  return y
}

/**
 * The attack of break tests 27 D1 and 28 D4, as strong as the testers' solver: every relation is a linear equation,
 * every shown figure (and every absent row, a published 0, which is simply not in any relation) is substituted, and
 * a withheld figure is recoverable iff the equations fix its value, i.e. its unit vector lies in the row space of
 * the relation matrix restricted to the withheld figures (elimination over the withheld unknowns only, each
 * independent system apart, exact modulo a prime). Subtraction from one relation (`recoverable`) is the special case
 * of a row with one withheld figure.
 * Input: the statuses (withheld = value null and suppressed) and the relations (whole first; see Relation).
 * Output: the indices of the withheld figures so determined, ascending. ADR 0019 ("Amendment: several equations").
 */
export function determined(shown: readonly Shown[], relations: readonly Relation[]): number[] {
  return systems(shown, relations)
    .flatMap(determinedIn)
    .sort((a, b) => a - b)
}

/**
 * The figures to withhold next so that determined figures (`determined`) no longer are: in each independent system
 * that determines some, for its first determined figure (by index) that has one, the smallest non-zero shown figure
 * (lowest index on a tie) that is not `fixed`, of a relation that takes part in determining it (a relation with a
 * non-zero multiple in the combination that gives its value); a shown 0 only when no non-zero one can be (as
 * protectLinked's rule). An absent row, a published 0, is in no relation, so it is never chosen. One per system (they
 * share no withheld figure, so one's choice does not change what another determines; the caller checks again).
 * Output: indices, ascending and distinct; none when nothing is determined or nothing can be withheld (a figure
 * determined by fixed figures alone is the fixed table's to protect).
 */
export function partnersOfDetermined(counts: readonly number[], shown: readonly Shown[], relations: readonly Relation[], fixed: ReadonlySet<number> = new Set()): number[] {
  const rank = (i: number) => (counts[i]! > 0 ? counts[i]! : Number.MAX_SAFE_INTEGER)
  const partners = new Set<number>()
  for (const system of systems(shown, relations)) {
    const found = determinedIn(system)
    if (found.length === 0) continue
    const pivots = echelon(system, true)
    for (const u of found) {
      let partner: number | null = null
      for (const r of [...combinationFor(u, pivots).keys()].sort((a, b) => a - b)) {
        for (const i of relations[r]!) {
          if (withheld(shown[i]!) || fixed.has(i)) continue
          if (partner === null || rank(i) < rank(partner) || (rank(i) === rank(partner) && i < partner)) partner = i
        }
      }
      if (partner !== null) {
        partners.add(partner)
        break
      }
    }
  }
  return [...partners].sort((a, b) => a - b)
}
