// The equations behind the disclosure control's determinability check (ADR 0019, "Amendment: several equations";
// issue 14): every relation between figures as a linear equation over the withheld ones, kept in echelon form.
import type { Shown } from './disclosure'
import { MinHeap } from './min-heap'
import { PRIME, inverse, mod, mul } from './prime-field'

/**
 * One linear relation between figures: the indices of a whole and then its parts (whole = part₁ + … + partₙ; every
 * relation in the outcome tables is built so). The one-relation rule needs only which figures take part; the
 * determinability check reads the signs from that order: +1 for the first, −1 for each other.
 */
export type Relation = readonly number[]

/** Whether a figure is withheld: no value, and not a figure that does not apply (a rate over no one). */
export const withheld = (s: Shown) => s.value === null && s.suppressed !== false

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
export class WithheldEquations {
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
