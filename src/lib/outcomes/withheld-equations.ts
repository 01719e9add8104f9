// The equations behind the disclosure control's determinability check (ADR 0019, "Amendment: several equations";
// issue 14): every relation between figures as a linear equation over the withheld ones, kept in echelon form.
import type { Shown } from './disclosure'
import { EchelonForm } from './echelon-form'
import { equationTerms } from './equation-terms'
import { MinHeap } from './min-heap'
import { PRIME, mod, mul } from './prime-field'
import { type Relation, withheld } from './relation'

/**
 * All relations as equations over the withheld figures (the shown ones are constants: their values do not matter for
 * what is determined), in echelon form, kept up to date as the control withholds more (ADR 0019, "several
 * equations"; issue 14). Every relation is an equation, in the relations' order, its whole +1 and each part −1; one
 * with no withheld figure is a zero row (equationTerms). Columns are the withheld figures: those withheld at the start
 * in ascending order, then each figure withheld later as a new last column (`withhold`), which costs one pass over
 * the elimination's steps instead of a new elimination (EchelonForm). Exact modulo PRIME.
 */
export class WithheldEquations extends EchelonForm {
  constructor(relations: readonly Relation[], shown: readonly Shown[]) {
    super(equationTerms(relations), [...new Set(relations.flat())].filter((i) => withheld(shown[i]!)).sort((a, b) => a - b))
  }

  /** Whether `shown` still withholds every column's figure (the control only ever withholds more). */
  covers(shown: readonly Shown[]): boolean {
    return this.figures.every((f) => withheld(shown[f]!))
  }

  /** Adds the figures `shown` withholds that are not columns yet, each as a new last column, in ascending order. */
  withhold(shown: readonly Shown[]) {
    for (const f of this.equations.inRelations) if (!this.column.has(f) && withheld(shown[f]!)) this.addColumn(f)
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
    for (const figures of this.equations.figures) {
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
