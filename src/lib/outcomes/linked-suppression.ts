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
  const check = determinabilityCheck(relations)
  for (let partners = check.partners(counts, out, fixed); partners.length > 0; partners = check.partners(counts, out, fixed)) {
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
 * All relations as equations over the withheld figures (the shown ones are constants: their values do not matter for
 * what is determined), in echelon form, kept up to date as the control withholds more (ADR 0019, "several
 * equations"; issue 14). Every relation is an equation, in the relations' order, its whole +1 and each part −1; one
 * with no withheld figure is a zero row. Forward elimination, each row's first column its pivot with coefficient 1,
 * gives a basis of the equations chosen greedily in their order; each equation keeps the steps that reduced it
 * (`steps[e]`: pairs basis row j, factor f), and each basis row k is `scale[k]` × (equation `source[k]` − Σ f × row j).
 * Columns are the withheld figures: those withheld at the start in ascending order, then each figure withheld later
 * as a new last column (`withhold`). Neither the greedy basis nor what it determines depends on the columns' order,
 * so a column added last gives what eliminating again from the start gives, at the cost of one pass over the steps
 * instead of a new elimination: the control's passes (one more figure withheld each) were what made the refresh four
 * to five times slower. Exact modulo PRIME.
 */
class WithheldEquations {
  private readonly figures: number[] = []
  private readonly column = new Map<number, number>()
  private readonly pivotRow: number[] = []
  private readonly rowCols: number[][] = []
  private readonly rowVals: number[][] = []
  private readonly scale: number[] = []
  private readonly source: number[] = []
  private readonly eqRow: Int32Array
  private readonly steps: number[][]
  /** Each equation's figures and their net coefficients (a figure twice in a relation sums; 0 leaves it out). */
  private readonly eqFigures: number[][] = []
  private readonly eqCoefficients: number[][] = []
  /** Each figure's equations (ascending) and its coefficients there. */
  private readonly terms = new Map<number, { eqs: number[]; coefficients: number[] }>()
  /** The figures in some equation, ascending. */
  private readonly inRelations: number[]

  constructor(private readonly relations: readonly Relation[], shown: readonly Shown[]) {
    const slot = new Map<number, number>()
    relations.forEach((relation, e) => {
      const figures: number[] = []
      const coefficients: number[] = []
      relation.forEach((i, k) => {
        const at = slot.get(i)
        if (at === undefined) {
          slot.set(i, figures.length)
          figures.push(i)
          coefficients.push(k === 0 ? 1 : PRIME - 1)
        } else coefficients[at] = mod(coefficients[at]! + (k === 0 ? 1 : -1))
      })
      slot.clear()
      const kept = figures.flatMap((f, j) => (coefficients[j] !== 0 ? [j] : []))
      this.eqFigures.push(kept.map((j) => figures[j]!))
      this.eqCoefficients.push(kept.map((j) => coefficients[j]!))
      for (const j of kept) {
        const of = this.terms.get(figures[j]!) ?? this.terms.set(figures[j]!, { eqs: [], coefficients: [] }).get(figures[j]!)!
        of.eqs.push(e)
        of.coefficients.push(coefficients[j]!)
      }
    })
    this.inRelations = [...this.terms.keys()].sort((a, b) => a - b)
    this.eqRow = new Int32Array(relations.length).fill(-1)
    this.steps = relations.map(() => [])
    const start = [...new Set(relations.flat())].filter((i) => withheld(shown[i]!)).sort((a, b) => a - b)
    start.forEach((f, c) => {
      this.figures.push(f)
      this.column.set(f, c)
      this.pivotRow.push(-1)
    })
    this.eliminate()
  }

  /** Whether `shown` still withholds every column's figure (the control only ever withholds more). */
  covers(shown: readonly Shown[]): boolean {
    return this.figures.every((f) => withheld(shown[f]!))
  }

  /** Adds the figures `shown` withholds that are not columns yet, each as a new last column, in ascending order. */
  withhold(shown: readonly Shown[]) {
    for (const f of this.inRelations) if (!this.column.has(f) && withheld(shown[f]!)) this.addColumn(f)
  }

  /** The first elimination: each equation scattered into a dense accumulator and cleared smallest column first. */
  private eliminate() {
    const n = this.figures.length
    const acc = new Float64Array(n)
    const queued = new Uint8Array(n)
    const heap = new MinHeap()
    this.relations.forEach((_, e) => {
      const steps = this.steps[e]!
      const figures = this.eqFigures[e]!
      for (let i = 0; i < figures.length; i++) {
        const c = this.column.get(figures[i]!)
        if (c === undefined) continue
        acc[c] = this.eqCoefficients[e]![i]!
        queued[c] = 1
        heap.push(c)
      }
      while (heap.size > 0) {
        const c = heap.pop()
        queued[c] = 0
        const factor = acc[c]!
        if (factor === 0) continue
        const j = this.pivotRow[c]!
        if (j < 0) {
          // A new basis row: this column and whatever is left in the heap (all larger).
          const cols = [c]
          while (heap.size > 0) {
            const k = heap.pop()
            queued[k] = 0
            if (acc[k] !== 0) cols.push(k)
          }
          const scale = inverse(factor)
          const vals = cols.map((k) => {
            const v = mul(acc[k]!, scale)
            acc[k] = 0
            return v
          })
          this.addRow(e, c, cols, vals, scale)
          return
        }
        // row −= factor × basis row j (its first column is c, coefficient 1).
        acc[c] = 0
        steps.push(j, factor)
        const cols = this.rowCols[j]!
        const vals = this.rowVals[j]!
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
  }

  private addRow(e: number, pivot: number, cols: number[], vals: number[], scale: number) {
    this.pivotRow[pivot] = this.rowCols.length
    this.eqRow[e] = this.rowCols.length
    this.rowCols.push(cols)
    this.rowVals.push(vals)
    this.scale.push(scale)
    this.source.push(e)
  }

  /**
   * Figure f as a new last column: in the equations' order, each equation's coefficient of f less what its steps took
   * away (the basis rows' entries in f, already known: a step names a row made from an earlier equation). A basis
   * row gains that entry, scaled; the first other equation left with one becomes a basis row with pivot f (the rank
   * rises by one at most, and there); later ones are reduced by it, one more step each.
   */
  private addColumn(f: number) {
    const n = this.figures.length
    this.figures.push(f)
    this.column.set(f, n)
    this.pivotRow.push(-1)
    const { eqs, coefficients } = this.terms.get(f)!
    let next = 0
    const entry = new Float64Array(this.rowCols.length + 1)
    let added = -1
    for (let e = 0; e < this.relations.length; e++) {
      let v = 0
      if (eqs[next] === e) v = coefficients[next++]!
      const steps = this.steps[e]!
      for (let i = 0; i < steps.length; i += 2) {
        const x = entry[steps[i]!]!
        if (x !== 0) v = (v + PRIME - mul(steps[i + 1]!, x)) % PRIME
      }
      if (v === 0) continue
      const k = this.eqRow[e]!
      if (k >= 0) {
        const x = mul(v, this.scale[k]!)
        entry[k] = x
        this.rowCols[k]!.push(n)
        this.rowVals[k]!.push(x)
      } else if (added < 0) {
        added = this.rowCols.length
        this.addRow(e, n, [n], [1], inverse(v))
        entry[added] = 1
      } else {
        steps.push(added, v)
      }
    }
  }

  /**
   * The withheld figures determined (ascending): two null vectors, the free columns set to pseudo-random values (a
   * fixed seed, so the result is the same on every run), the pivots solved back (a row's other columns come after its
   * pivot). A figure is determined iff it is 0 in every null vector (its unit vector is then in the row space); a
   * random one is 0 where it need not be with probability 1 / 67,108,859, so two are used, and an error would only
   * withhold more.
   */
  determined(): number[] {
    let seed = 12_345
    const random = () => (seed = mul(seed, 48_271) || 1)
    const n = this.figures.length
    const nullVector = () => {
      const x = new Float64Array(n)
      for (let c = 0; c < n; c++) if (this.pivotRow[c]! < 0) x[c] = random()
      for (let c = n - 1; c >= 0; c--) {
        const k = this.pivotRow[c]!
        if (k < 0) continue
        const cols = this.rowCols[k]!
        const vals = this.rowVals[k]!
        let sum = 0
        for (let i = 1; i < cols.length; i++) sum = (sum + mul(vals[i]!, x[cols[i]!]!)) % PRIME
        x[c] = mod(-sum)
      }
      return x
    }
    const [a, b] = [nullVector(), nullVector()]
    const found: number[] = []
    for (let c = 0; c < n; c++) if (this.pivotRow[c]! >= 0 && a[c] === 0 && b[c] === 0) found.push(this.figures[c]!)
    return found.sort((x, y) => x - y)
  }

  /**
   * Which relations, with what non-zero multiple, add up to the unit vector of a determined figure `f` (so take part
   * in determining it): f reduced against the basis rows gives it as a sum of them, and each row's steps give it as a
   * sum of equations, latest row first (a row's steps name only earlier rows).
   */
  combinationFor(f: number): Map<number, number> {
    const h = new Float64Array(this.rowCols.length)
    const u = this.column.get(f)!
    const acc = new Map<number, number>([[u, 1]])
    const heap = new MinHeap()
    heap.push(u)
    while (heap.size > 0) {
      const c = heap.pop()
      const factor = acc.get(c) ?? 0
      acc.delete(c)
      if (factor === 0) continue
      const k = this.pivotRow[c]!
      // No basis row here only if the figure was called determined in error (a random null vector 0 by chance).
      if (k < 0) continue
      h[k] = (h[k]! + factor) % PRIME
      const cols = this.rowCols[k]!
      const vals = this.rowVals[k]!
      for (let i = 1; i < cols.length; i++) {
        const col = cols[i]!
        if (!acc.has(col)) heap.push(col)
        acc.set(col, ((acc.get(col) ?? 0) + PRIME - mul(factor, vals[i]!)) % PRIME)
      }
    }
    const y = new Map<number, number>()
    for (let k = this.rowCols.length - 1; k >= 0; k--) {
      if (h[k] === 0) continue
      const m = mul(h[k]!, this.scale[k]!)
      const s = this.source[k]!
      const next = mod((y.get(s) ?? 0) + m)
      if (next === 0) y.delete(s)
      else y.set(s, next)
      const steps = this.steps[s]!
      for (let i = 0; i < steps.length; i += 2) {
        const j = steps[i]!
        h[j] = (h[j]! + PRIME - mul(m, steps[i + 1]!)) % PRIME
      }
    }
    return y
  }

  /** Independent systems: each withheld figure's representative, figures linked by an equation sharing one. */
  systemOf(shown: readonly Shown[]): (f: number) => number {
    const parent = new Int32Array(shown.length).map((_, i) => i)
    const root = (i: number): number => {
      let r = i
      while (parent[r] !== r) r = parent[r]!
      for (let j = i; j !== r; ) {
        const next = parent[j]!
        parent[j] = r
        j = next
      }
      return r
    }
    for (const figures of this.eqFigures) {
      let first = -1
      for (const i of figures) {
        if (!withheld(shown[i]!)) continue
        if (first < 0) first = root(i)
        else {
          const r = root(i)
          if (r !== first) parent[r] = first
        }
      }
    }
    return root
  }
}

/**
 * The control's determinability check over fixed relations, kept across its passes (WithheldEquations): `partners`
 * as partnersOfDetermined, for statuses that only ever withhold more from one call to the next (else it starts over).
 */
export function determinabilityCheck(relations: readonly Relation[]): { partners: (counts: readonly number[], shown: readonly Shown[], fixed?: ReadonlySet<number>) => number[] } {
  let equations: WithheldEquations | null = null
  return {
    partners(counts, shown, fixed = new Set()) {
      if (!equations || !equations.covers(shown)) equations = new WithheldEquations(relations, shown)
      else equations.withhold(shown)
      const found = equations.determined()
      if (found.length === 0) return []
      // Which system each figure is in matters only when there are two or more to choose between.
      const systemOf = found.length > 1 ? equations.systemOf(shown) : () => 0
      const rank = (i: number) => (counts[i]! > 0 ? counts[i]! : Number.MAX_SAFE_INTEGER)
      const partners = new Set<number>()
      const done = new Set<number>()
      for (const u of found) {
        const system = systemOf(u)
        if (done.has(system)) continue
        let partner: number | null = null
        for (const r of equations.combinationFor(u).keys()) {
          for (const i of relations[r]!) {
            if (withheld(shown[i]!) || fixed.has(i)) continue
            if (partner === null || rank(i) < rank(partner) || (rank(i) === rank(partner) && i < partner)) partner = i
          }
        }
        if (partner === null) continue
        partners.add(partner)
        done.add(system)
      }
      return [...partners].sort((a, b) => a - b)
    },
  }
}

/**
 * The attack of break tests 27 D1 and 28 D4, as strong as the testers' solver: every relation is a linear equation,
 * every shown figure (and every absent row, a published 0, which is simply not in any relation) is substituted, and
 * a withheld figure is recoverable iff the equations fix its value, i.e. its unit vector lies in the row space of
 * the relation matrix restricted to the withheld figures (sparse elimination over the withheld unknowns only, exact
 * modulo a prime: WithheldEquations). Subtraction from one relation (`recoverable`) is the special case
 * of a row with one withheld figure.
 * Input: the statuses (withheld = value null and suppressed) and the relations (whole first; see Relation).
 * Output: the indices of the withheld figures so determined, ascending. ADR 0019 ("Amendment: several equations").
 */
export function determined(shown: readonly Shown[], relations: readonly Relation[]): number[] {
  return new WithheldEquations(relations, shown).determined()
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
  return determinabilityCheck(relations).partners(counts, shown, fixed)
}
