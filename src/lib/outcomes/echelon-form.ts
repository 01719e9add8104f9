// The elimination behind the disclosure control's determinability check (ADR 0019, "Amendment: several equations";
// issue 14): the equations kept in echelon form over the withheld figures as the control withholds more.
import type { EquationTerms } from './equation-terms'
import { MinHeap } from './min-heap'
import { PRIME, inverse, mul } from './prime-field'

/**
 * The equations in echelon form over a set of columns (figures), each equation a row in the equations' order; one
 * with no figure among the columns is a zero row. Forward elimination, each row's first column its pivot with
 * coefficient 1, gives a basis of the equations chosen greedily in their order; each equation keeps the steps that
 * reduced it (`steps[e]`: pairs basis row j, factor f), and each basis row k is `scale[k]` × (equation `source[k]` −
 * Σ f × row j). Columns: the `start` figures in their order, then each one added as a new last column (`addColumn`).
 * Neither the greedy basis nor what it determines depends on the columns' order, so a column added last gives what
 * eliminating again from the start gives, at the cost of one pass over the steps instead of a new elimination: the
 * control's passes (one more figure withheld each) were what made the refresh four to five times slower. Exact
 * modulo PRIME. Used by WithheldEquations (ADR 0019, "several equations"; issue 14).
 */
export class EchelonForm {
  protected readonly figures: number[] = []
  protected readonly column = new Map<number, number>()
  protected readonly pivotRow: number[] = []
  protected readonly rowCols: number[][] = []
  protected readonly rowVals: number[][] = []
  protected readonly scale: number[] = []
  protected readonly source: number[] = []
  private readonly eqRow: Int32Array
  protected readonly steps: number[][]

  constructor(protected readonly equations: EquationTerms, start: readonly number[]) {
    this.eqRow = new Int32Array(equations.figures.length).fill(-1)
    this.steps = equations.figures.map(() => [])
    start.forEach((f, c) => {
      this.figures.push(f)
      this.column.set(f, c)
      this.pivotRow.push(-1)
    })
    this.eliminate()
  }

  /** The first elimination: each equation scattered into a dense accumulator and cleared smallest column first. */
  private eliminate() {
    const n = this.figures.length
    const acc = new Float64Array(n)
    const queued = new Uint8Array(n)
    const heap = new MinHeap()
    this.equations.figures.forEach((figures, e) => {
      const steps = this.steps[e]!
      for (let i = 0; i < figures.length; i++) {
        const c = this.column.get(figures[i]!)
        if (c === undefined) continue
        acc[c] = this.equations.coefficients[e]![i]!
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
  protected addColumn(f: number) {
    const n = this.figures.length
    this.figures.push(f)
    this.column.set(f, n)
    this.pivotRow.push(-1)
    const { eqs, coefficients } = this.equations.byFigure.get(f)!
    let next = 0
    const entry = new Float64Array(this.rowCols.length + 1)
    let added = -1
    for (let e = 0; e < this.equations.figures.length; e++) {
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
}
