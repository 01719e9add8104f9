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

/** A relation restricted to the withheld figures (the shown ones are constants: their values do not matter for what is
 * determined), with its index among the relations: +1 for its whole, −1 for each part. `cols` ascending, `vals` the
 * non-zero coefficients mod PRIME in the same order. */
type Equation = { cols: number[]; vals: number[]; relation: number }

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
    const row = new Map<number, number>()
    relation.forEach((i, k) => {
      if (!withheld(shown[i]!)) return
      const next = mod((row.get(i) ?? 0) + (k === 0 ? 1 : -1))
      if (next === 0) row.delete(i)
      else row.set(i, next)
    })
    if (row.size === 0) return
    const cols = [...row.keys()].sort((a, b) => a - b)
    for (const c of cols) if (!parent.has(c)) parent.set(c, c)
    for (const c of cols.slice(1)) parent.set(root(c), root(cols[0]!))
    equations.push({ cols, vals: cols.map((c) => row.get(c)!), relation: r })
  })
  const bySystem = new Map<number, Equation[]>()
  for (const e of equations) {
    const r = root(e.cols[0]!)
    const system = bySystem.get(r)
    if (system) system.push(e)
    else bySystem.set(r, [e])
  }
  return [...bySystem.values()]
}

/** A binary min-heap of small non-negative integers (the columns still to clear in a row being reduced). */
class MinHeap {
  private items: number[] = []
  get size() {
    return this.items.length
  }
  push(x: number) {
    const a = this.items
    a.push(x)
    for (let i = a.length - 1; i > 0; ) {
      const up = (i - 1) >> 1
      if (a[up]! <= x) break
      a[i] = a[up]!
      a[up] = x
      i = up
    }
  }
  pop(): number {
    const a = this.items
    const top = a[0]!
    const last = a.pop()!
    if (a.length > 0) {
      let i = 0
      a[0] = last
      for (;;) {
        const l = 2 * i + 1
        const r = l + 1
        let m = i
        if (l < a.length && a[l]! < a[m]!) m = l
        if (r < a.length && a[r]! < a[m]!) m = r
        if (m === i) break
        a[i] = a[m]!
        a[m] = last
        i = m
      }
    }
    return top
  }
}

/**
 * One system in echelon form (forward elimination, equations in their order, each row's smallest column its pivot
 * with coefficient 1, no two rows sharing one), with a record of how each basis row was made: basis row k =
 * `scale[k]` × (equation `source[k]` − Σ f × basis row j, over `steps[k]`'s pairs j, f; every j made before k). That
 * record is what the first version tracked as each row's relations, kept as the steps taken rather than multiplied
 * out (which made the refresh four to five times slower; ADR 0019, "several equations"): reading the relations that
 * give one figure (`combinationFor`) expands it for that figure only. Columns are renumbered 0..n−1 in ascending order
 * of the figures' indices (`figures`), so pivots and results are those of the figures' own order.
 */
type Echelon = {
  figures: number[]
  pivotRow: Int32Array
  rowCols: Int32Array[]
  rowVals: Float64Array[]
  scale: number[]
  source: number[]
  steps: number[][]
}

/** Forward elimination of one system (Echelon): scatter each equation into a dense accumulator, clear its columns
 * smallest first against the basis rows, keep what remains as a new basis row (or drop it: it depends on earlier ones). */
function echelon(equations: Equation[]): Echelon {
  const figures = [...new Set(equations.flatMap((e) => e.cols))].sort((a, b) => a - b)
  const local = new Map(figures.map((f, i) => [f, i]))
  const n = figures.length
  const acc = new Float64Array(n)
  const queued = new Uint8Array(n)
  const pivotRow = new Int32Array(n).fill(-1)
  const out: Echelon = { figures, pivotRow, rowCols: [], rowVals: [], scale: [], source: [], steps: [] }
  const heap = new MinHeap()
  equations.forEach((e, source) => {
    for (let k = 0; k < e.cols.length; k++) {
      const c = local.get(e.cols[k]!)!
      acc[c] = e.vals[k]!
      queued[c] = 1
      heap.push(c)
    }
    const steps: number[] = []
    while (heap.size > 0) {
      const c = heap.pop()
      queued[c] = 0
      const factor = acc[c]!
      if (factor === 0) continue
      const j = pivotRow[c]!
      if (j < 0) {
        // A new basis row: this column and whatever is left in the heap (all larger).
        const cols = [c]
        while (heap.size > 0) {
          const k = heap.pop()
          queued[k] = 0
          if (acc[k] !== 0) cols.push(k)
        }
        const scale = inverse(factor)
        const vals = new Float64Array(cols.length)
        cols.forEach((k, i) => {
          vals[i] = mul(acc[k]!, scale)
          acc[k] = 0
        })
        pivotRow[c] = out.rowCols.length
        out.rowCols.push(Int32Array.from(cols))
        out.rowVals.push(vals)
        out.scale.push(scale)
        out.source.push(source)
        out.steps.push(steps)
        return
      }
      // row −= factor × basis row j (its first column is c, coefficient 1).
      acc[c] = 0
      steps.push(j, factor)
      const cols = out.rowCols[j]!
      const vals = out.rowVals[j]!
      const minus = PRIME - factor
      for (let i = 1; i < cols.length; i++) {
        const k = cols[i]!
        acc[k] = (acc[k]! + mul(minus, vals[i]!)) % PRIME
        if (!queued[k]) {
          queued[k] = 1
          heap.push(k)
        }
      }
    }
  })
  return out
}

/**
 * The withheld figures (their indices, ascending) a system in echelon form determines: two null vectors of the
 * system, its free figures set to pseudo-random values (a fixed seed, so the result is the same on every run), the
 * pivots solved back. A figure is determined iff it is 0 in every null vector (its unit vector is then in the row
 * space); a random one is 0 where it need not be with probability 1 / 67,108,859, so two are used, and an error
 * would only withhold more.
 */
function determinedBy(e: Echelon): number[] {
  let seed = 12_345
  const random = () => (seed = mul(seed, 48_271) || 1)
  const n = e.figures.length
  const nullVector = () => {
    const x = new Float64Array(n)
    for (let c = 0; c < n; c++) if (e.pivotRow[c]! < 0) x[c] = random()
    // Back from the largest pivot: a row's other columns are larger than its pivot, so already known.
    for (let c = n - 1; c >= 0; c--) {
      const k = e.pivotRow[c]!
      if (k < 0) continue
      const cols = e.rowCols[k]!
      const vals = e.rowVals[k]!
      let sum = 0
      for (let i = 1; i < cols.length; i++) sum = (sum + mul(vals[i]!, x[cols[i]!]!)) % PRIME
      x[c] = mod(-sum)
    }
    return x
  }
  const [a, b] = [nullVector(), nullVector()]
  const found: number[] = []
  for (let c = 0; c < n; c++) if (e.pivotRow[c]! >= 0 && a[c] === 0 && b[c] === 0) found.push(e.figures[c]!)
  return found
}

/**
 * Which equations of the system (their positions), with what non-zero multiple, add up to the unit vector of a
 * determined figure (local column `u`): `u` reduced against the basis rows gives it as a sum of them, and each basis
 * row's steps (Echelon) give it as a sum of equations, latest row first (a row's steps name only earlier rows).
 */
function combinationFor(u: number, e: Echelon): Map<number, number> {
  const rows = e.rowCols.length
  const h = new Float64Array(rows)
  const acc = new Map<number, number>([[u, 1]])
  const heap = new MinHeap()
  heap.push(u)
  while (heap.size > 0) {
    const c = heap.pop()
    const factor = acc.get(c) ?? 0
    acc.delete(c)
    if (factor === 0) continue
    const k = e.pivotRow[c]!
    // No basis row here only if the figure was called determined in error (a random null vector 0 by chance).
    if (k < 0) continue
    h[k] = (h[k]! + factor) % PRIME
    const cols = e.rowCols[k]!
    const vals = e.rowVals[k]!
    for (let i = 1; i < cols.length; i++) {
      const col = cols[i]!
      if (!acc.has(col)) heap.push(col)
      acc.set(col, ((acc.get(col) ?? 0) + PRIME - mul(factor, vals[i]!)) % PRIME)
    }
  }
  const y = new Map<number, number>()
  for (let k = rows - 1; k >= 0; k--) {
    if (h[k] === 0) continue
    const m = mul(h[k]!, e.scale[k]!)
    const s = e.source[k]!
    const next = mod((y.get(s) ?? 0) + m)
    if (next === 0) y.delete(s)
    else y.set(s, next)
    const steps = e.steps[k]!
    for (let i = 0; i < steps.length; i += 2) {
      const j = steps[i]!
      h[j] = (h[j]! + PRIME - mul(m, steps[i + 1]!)) % PRIME
    }
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
    .flatMap((system) => determinedBy(echelon(system)))
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
    const basis = echelon(system)
    for (const u of determinedBy(basis)) {
      let partner: number | null = null
      for (const at of combinationFor(basis.figures.indexOf(u), basis).keys()) {
        for (const i of relations[system[at]!.relation]!) {
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
